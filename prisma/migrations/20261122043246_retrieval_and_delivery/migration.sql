-- CreateEnum
CREATE TYPE "DeliveryTargetKind" AS ENUM ('webhook', 'pull');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'in_progress', 'awaiting_ack', 'succeeded', 'dead', 'cancelled');

-- CreateEnum
CREATE TYPE "ExportStatus" AS ENUM ('queued', 'running', 'ready', 'failed');

-- CreateEnum
CREATE TYPE "RetrievedMatch" AS ENUM ('matched', 'held', 'duplicate', 'unmatched');

-- CreateEnum
CREATE TYPE "ReceiptStatus" AS ENUM ('not_applicable', 'pending', 'sent', 'failed');

-- CreateTable
CREATE TABLE "delivery_target" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "kind" "DeliveryTargetKind" NOT NULL,
    "name" TEXT NOT NULL,
    "form_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "url" TEXT,
    "secrets_encrypted" TEXT,
    "sender_detail" TEXT NOT NULL DEFAULT 'name',
    "attachment_mode" TEXT NOT NULL DEFAULT 'links',
    "is_enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delivery_target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "submission_id" UUID NOT NULL,
    "target_id" UUID NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempt_count" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3),
    "locked_until" TIMESTAMP(3),
    "first_attempt_at" TIMESTAMP(3),
    "succeeded_at" TIMESTAMP(3),
    "dead_at" TIMESTAMP(3),
    "dead_notified_at" TIMESTAMP(3),
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_attempt" (
    "id" BIGSERIAL NOT NULL,
    "delivery_id" UUID,
    "target_id" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "request_id" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "status" INTEGER,
    "outcome" TEXT NOT NULL,
    "response_excerpt" TEXT,
    "error" TEXT,
    "is_test" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "delivery_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_key" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'submissions:read',
    "created_by_user_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_allowlist_entry" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "cidr" TEXT NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delivery_allowlist_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "export_job" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "requested_by_user_id" UUID,
    "format" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'fi',
    "filters" JSONB NOT NULL,
    "status" "ExportStatus" NOT NULL DEFAULT 'queued',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "file_name" TEXT,
    "file_encrypted" BYTEA,
    "error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMP(3),
    "expires_at" TIMESTAMP(3),

    CONSTRAINT "export_job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retrieval_cursor" (
    "connection_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "continuation_token" TEXT,
    "last_poll_started_at" TIMESTAMP(3),
    "last_success_at" TIMESTAMP(3),
    "last_error_at" TIMESTAMP(3),
    "last_error" TEXT,
    "stall_notified_at" TIMESTAMP(3),
    "pages_read" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "retrieval_cursor_pkey" PRIMARY KEY ("connection_id")
);

-- CreateTable
CREATE TABLE "retrieval_event" (
    "id" BIGSERIAL NOT NULL,
    "connection_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "event_time" TEXT NOT NULL,
    "message_id" BIGINT,
    "service_id" TEXT,
    "metadata" JSONB NOT NULL,
    "processed_at" TIMESTAMP(3),
    "outcome" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "next_try_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "retrieval_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retrieved_message" (
    "id" UUID NOT NULL,
    "sequence" BIGSERIAL NOT NULL,
    "organization_id" UUID NOT NULL,
    "connection_id" UUID NOT NULL,
    "suomifi_message_id" BIGINT NOT NULL,
    "service_id" TEXT NOT NULL,
    "submission_id" UUID,
    "reference" TEXT,
    "match" "RetrievedMatch" NOT NULL,
    "integrity_status" TEXT NOT NULL,
    "integrity_findings" JSONB,
    "content_encrypted" TEXT,
    "sender_encrypted" TEXT,
    "sender_id_hash" TEXT,
    "sent_at" TIMESTAMP(3) NOT NULL,
    "retrieved_at" TIMESTAMP(3) NOT NULL,
    "receipt_status" "ReceiptStatus" NOT NULL DEFAULT 'not_applicable',
    "receipt_attempts" INTEGER NOT NULL DEFAULT 0,
    "receipt_next_try_at" TIMESTAMP(3),
    "receipt_message_id" BIGINT,
    "receipt_sent_at" TIMESTAMP(3),
    "receipt_error" TEXT,
    "review_decision" TEXT,
    "reviewed_at" TIMESTAMP(3),
    "reviewed_by_user_id" UUID,
    "purged_at" TIMESTAMP(3),

    CONSTRAINT "retrieved_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retrieved_attachment" (
    "id" UUID NOT NULL,
    "retrieved_message_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "attachment_id" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content_encrypted" BYTEA,

    CONSTRAINT "retrieved_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "delivery_target_organization_id_idx" ON "delivery_target"("organization_id");

-- CreateIndex
CREATE INDEX "delivery_status_next_attempt_at_idx" ON "delivery"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "delivery_organization_id_status_idx" ON "delivery"("organization_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "delivery_submission_id_target_id_key" ON "delivery"("submission_id", "target_id");

-- CreateIndex
CREATE INDEX "delivery_attempt_delivery_id_idx" ON "delivery_attempt"("delivery_id");

-- CreateIndex
CREATE INDEX "delivery_attempt_target_id_started_at_idx" ON "delivery_attempt"("target_id", "started_at");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_token_hash_key" ON "api_key"("token_hash");

-- CreateIndex
CREATE INDEX "api_key_organization_id_idx" ON "api_key"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "delivery_allowlist_entry_organization_id_cidr_key" ON "delivery_allowlist_entry"("organization_id", "cidr");

-- CreateIndex
CREATE INDEX "export_job_organization_id_created_at_idx" ON "export_job"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "retrieval_cursor_organization_id_idx" ON "retrieval_cursor"("organization_id");

-- CreateIndex
CREATE INDEX "retrieval_event_connection_id_processed_at_idx" ON "retrieval_event"("connection_id", "processed_at");

-- CreateIndex
CREATE UNIQUE INDEX "retrieval_event_connection_id_dedupe_key_key" ON "retrieval_event"("connection_id", "dedupe_key");

-- CreateIndex
CREATE UNIQUE INDEX "retrieved_message_sequence_key" ON "retrieved_message"("sequence");

-- CreateIndex
CREATE INDEX "retrieved_message_organization_id_match_idx" ON "retrieved_message"("organization_id", "match");

-- CreateIndex
CREATE INDEX "retrieved_message_submission_id_idx" ON "retrieved_message"("submission_id");

-- CreateIndex
CREATE INDEX "retrieved_message_receipt_status_receipt_next_try_at_idx" ON "retrieved_message"("receipt_status", "receipt_next_try_at");

-- CreateIndex
CREATE UNIQUE INDEX "retrieved_message_connection_id_suomifi_message_id_key" ON "retrieved_message"("connection_id", "suomifi_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "retrieved_attachment_retrieved_message_id_position_key" ON "retrieved_attachment"("retrieved_message_id", "position");

-- AddForeignKey
ALTER TABLE "delivery" ADD CONSTRAINT "delivery_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "delivery_target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_attempt" ADD CONSTRAINT "delivery_attempt_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "retrieved_attachment" ADD CONSTRAINT "retrieved_attachment_retrieved_message_id_fkey" FOREIGN KEY ("retrieved_message_id") REFERENCES "retrieved_message"("id") ON DELETE CASCADE ON UPDATE CASCADE;
