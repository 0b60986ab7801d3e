-- CreateEnum
CREATE TYPE "FormIdentification" AS ENUM ('none', 'required', 'optional');

-- CreateEnum
CREATE TYPE "IdentificationLevel" AS ENUM ('substantial', 'high');

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "identification_level" "IdentificationLevel" NOT NULL DEFAULT 'substantial',
ADD COLUMN     "is_eidas_allowed" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "form" ADD COLUMN     "identification" "FormIdentification" NOT NULL DEFAULT 'none';

-- AlterTable
ALTER TABLE "citizen_draft" ADD COLUMN     "person_id_hash" TEXT;

-- AlterTable
ALTER TABLE "submission" ADD COLUMN     "identified_person_id_hash" TEXT;

-- CreateTable
CREATE TABLE "identification_attempt" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "browser_nonce_hash" TEXT NOT NULL,
    "return_path" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "identity_encrypted" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "identification_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identification_session" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "person_id_hash" TEXT,
    "identity_encrypted" TEXT NOT NULL,
    "name_id_hash" TEXT NOT NULL,
    "session_index" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "identification_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saml_request_id" (
    "id" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "saml_request_id_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "identification_attempt_request_id_key" ON "identification_attempt"("request_id");

-- CreateIndex
CREATE INDEX "identification_attempt_expires_at_idx" ON "identification_attempt"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "identification_session_token_hash_key" ON "identification_session"("token_hash");

-- CreateIndex
CREATE INDEX "identification_session_name_id_hash_idx" ON "identification_session"("name_id_hash");

-- CreateIndex
CREATE INDEX "identification_session_expires_at_idx" ON "identification_session"("expires_at");

-- CreateIndex
CREATE INDEX "saml_request_id_expires_at_idx" ON "saml_request_id"("expires_at");

-- CreateIndex
CREATE INDEX "citizen_draft_person_id_hash_idx" ON "citizen_draft"("person_id_hash");
