-- CreateEnum
CREATE TYPE "DeliveryBackfillStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- AlterTable
ALTER TABLE "retrieval_cursor" ADD COLUMN     "waiting_notified_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "delivery_backfill" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "target_id" UUID NOT NULL,
    "form_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "retrieved_from" TIMESTAMP(3),
    "retrieved_before" TIMESTAMP(3),
    "status" "DeliveryBackfillStatus" NOT NULL DEFAULT 'queued',
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "requested_by_user_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "completed_at" TIMESTAMP(3),

    CONSTRAINT "delivery_backfill_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "delivery_backfill_organization_id_created_at_idx" ON "delivery_backfill"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "retrieval_event_organization_id_processed_at_idx" ON "retrieval_event"("organization_id", "processed_at");

-- CreateIndex
CREATE INDEX "retrieved_message_organization_id_retrieved_at_idx" ON "retrieved_message"("organization_id", "retrieved_at");
