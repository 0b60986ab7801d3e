-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "actor_api_key" TEXT;

-- AlterTable: explicit scopes. Every existing key could read and acknowledge, so it keeps exactly that and
-- is never widened to sending, and a new key names its scopes when it is made.
ALTER TABLE "api_key" ADD COLUMN "scopes" TEXT[];
UPDATE "api_key" SET "scopes" = ARRAY['submissions:read', 'submissions:ack'];
ALTER TABLE "api_key" ALTER COLUMN "scopes" SET NOT NULL;
ALTER TABLE "api_key" DROP COLUMN "scope";

-- CreateTable
CREATE TABLE "api_idempotency_key" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "api_key_id" UUID NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "response_status" INTEGER,
    "response_body" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL,
    "completed_at" TIMESTAMP(3),

    CONSTRAINT "api_idempotency_key_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "api_idempotency_key_created_at_idx" ON "api_idempotency_key"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "api_idempotency_key_organization_id_key_key" ON "api_idempotency_key"("organization_id", "key");
