-- CreateEnum
CREATE TYPE "FormStatus" AS ENUM ('draft', 'live', 'archived');

-- CreateEnum
CREATE TYPE "FileScanStatus" AS ENUM ('pending', 'clean', 'infected', 'unscanned');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('ready', 'handed_off', 'returned', 'retrieved', 'held', 'delivered');

-- CreateEnum
CREATE TYPE "SuomifiEnvironment" AS ENUM ('sandbox', 'qa', 'production');

-- CreateTable
CREATE TABLE "form" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "FormStatus" NOT NULL DEFAULT 'draft',
    "draft_definition" JSONB,
    "draft_revision" INTEGER NOT NULL DEFAULT 0,
    "live_version_id" UUID,
    "opens_at" TIMESTAMP(3),
    "closes_at" TIMESTAMP(3),
    "closed_message" JSONB,
    "is_paused" BOOLEAN NOT NULL DEFAULT false,
    "pause_message" JSONB,
    "max_submissions" INTEGER,
    "suomifi_service_id" UUID,
    "receipt_template" JSONB,
    "privacy_notice" JSONB,
    "accessibility_statement_url" TEXT,
    "draft_lifetime_days" INTEGER NOT NULL DEFAULT 30,
    "retention_days" INTEGER NOT NULL DEFAULT 90,
    "notify_user_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archived_at" TIMESTAMP(3),

    CONSTRAINT "form_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "form_version" (
    "id" UUID NOT NULL,
    "form_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "note" TEXT,
    "published_at" TIMESTAMP(3) NOT NULL,
    "published_by_user_id" UUID,

    CONSTRAINT "form_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "citizen_draft" (
    "id" UUID NOT NULL,
    "form_id" UUID NOT NULL,
    "form_version_id" UUID NOT NULL,
    "resume_token_hash" TEXT NOT NULL,
    "answers_encrypted" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'fi',
    "completed_page_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "citizen_draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stored_file" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "draft_id" UUID,
    "submission_id" UUID,
    "field_key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content_encrypted" BYTEA NOT NULL,
    "scan_status" "FileScanStatus" NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submission" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "form_id" UUID NOT NULL,
    "form_version_id" UUID NOT NULL,
    "draft_id" UUID,
    "reference" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "answers_encrypted" TEXT NOT NULL,
    "message_text_encrypted" TEXT NOT NULL,
    "text_sha256" TEXT NOT NULL,
    "attachment_sha256s" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "integrity_code" TEXT NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'ready',
    "handoff_count" INTEGER NOT NULL DEFAULT 0,
    "first_handed_off_at" TIMESTAMP(3),
    "last_handed_off_at" TIMESTAMP(3),
    "returned_at" TIMESTAMP(3),
    "retrieved_at" TIMESTAMP(3),
    "delivered_at" TIMESTAMP(3),
    "sender_id_hash" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submission_event" (
    "id" BIGSERIAL NOT NULL,
    "submission_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "details" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "submission_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suomifi_connection" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "environment" "SuomifiEnvironment" NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "rest_base_url" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "password_encrypted" TEXT NOT NULL,
    "pending_password_encrypted" TEXT,
    "password_changed_at" TIMESTAMP(3),
    "post_organization_id" TEXT NOT NULL,
    "post_profile" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suomifi_connection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suomifi_service" (
    "id" UUID NOT NULL,
    "connection_id" UUID NOT NULL,
    "service_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suomifi_service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "external_call" (
    "id" BIGSERIAL NOT NULL,
    "organization_id" UUID,
    "system" TEXT NOT NULL,
    "endpoint" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "status" INTEGER,
    "outcome" TEXT NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "attempt" INTEGER NOT NULL,
    "trace_id" TEXT,
    "error_code" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "external_call_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "form_live_version_id_key" ON "form"("live_version_id");

-- CreateIndex
CREATE UNIQUE INDEX "form_organization_id_slug_key" ON "form"("organization_id", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "form_version_form_id_version_key" ON "form_version"("form_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "citizen_draft_resume_token_hash_key" ON "citizen_draft"("resume_token_hash");

-- CreateIndex
CREATE INDEX "citizen_draft_expires_at_idx" ON "citizen_draft"("expires_at");

-- CreateIndex
CREATE INDEX "stored_file_draft_id_idx" ON "stored_file"("draft_id");

-- CreateIndex
CREATE INDEX "stored_file_submission_id_idx" ON "stored_file"("submission_id");

-- CreateIndex
CREATE UNIQUE INDEX "submission_draft_id_key" ON "submission"("draft_id");

-- CreateIndex
CREATE UNIQUE INDEX "submission_reference_key" ON "submission"("reference");

-- CreateIndex
CREATE INDEX "submission_organization_id_created_at_idx" ON "submission"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "submission_form_id_status_idx" ON "submission"("form_id", "status");

-- CreateIndex
CREATE INDEX "submission_event_submission_id_created_at_idx" ON "submission_event"("submission_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "suomifi_connection_organization_id_environment_key" ON "suomifi_connection"("organization_id", "environment");

-- CreateIndex
CREATE UNIQUE INDEX "suomifi_service_connection_id_service_id_key" ON "suomifi_service"("connection_id", "service_id");

-- CreateIndex
CREATE INDEX "external_call_organization_id_created_at_idx" ON "external_call"("organization_id", "created_at");

-- AddForeignKey
ALTER TABLE "form" ADD CONSTRAINT "form_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "form" ADD CONSTRAINT "form_live_version_id_fkey" FOREIGN KEY ("live_version_id") REFERENCES "form_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "form" ADD CONSTRAINT "form_suomifi_service_id_fkey" FOREIGN KEY ("suomifi_service_id") REFERENCES "suomifi_service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "form_version" ADD CONSTRAINT "form_version_form_id_fkey" FOREIGN KEY ("form_id") REFERENCES "form"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citizen_draft" ADD CONSTRAINT "citizen_draft_form_id_fkey" FOREIGN KEY ("form_id") REFERENCES "form"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citizen_draft" ADD CONSTRAINT "citizen_draft_form_version_id_fkey" FOREIGN KEY ("form_version_id") REFERENCES "form_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stored_file" ADD CONSTRAINT "stored_file_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "citizen_draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stored_file" ADD CONSTRAINT "stored_file_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission" ADD CONSTRAINT "submission_form_id_fkey" FOREIGN KEY ("form_id") REFERENCES "form"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission" ADD CONSTRAINT "submission_form_version_id_fkey" FOREIGN KEY ("form_version_id") REFERENCES "form_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission" ADD CONSTRAINT "submission_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "citizen_draft"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_event" ADD CONSTRAINT "submission_event_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suomifi_connection" ADD CONSTRAINT "suomifi_connection_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suomifi_service" ADD CONSTRAINT "suomifi_service_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "suomifi_connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
