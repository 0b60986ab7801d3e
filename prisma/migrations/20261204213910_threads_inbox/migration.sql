-- CreateEnum
CREATE TYPE "InboxState" AS ENUM ('new', 'in_progress', 'handled');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "RetrievedMatch" ADD VALUE 'reply';
ALTER TYPE "RetrievedMatch" ADD VALUE 'mention';

-- AlterTable
ALTER TABLE "retrieved_message" ADD COLUMN     "assigned_to_user_id" UUID,
ADD COLUMN     "handled_at" TIMESTAMP(3),
ADD COLUMN     "handled_by_user_id" UUID,
ADD COLUMN     "in_reply_to_retrieved_id" UUID,
ADD COLUMN     "inbox_state" "InboxState" NOT NULL DEFAULT 'new',
ADD COLUMN     "mentioned_submission_id" UUID,
ADD COLUMN     "problem" TEXT,
ADD COLUMN     "thread_external_id" TEXT,
ADD COLUMN     "thread_root_message_id" BIGINT;

-- AlterTable
ALTER TABLE "suomifi_service" ADD COLUMN     "accepts_new_messages" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "inbox_note" (
    "id" UUID NOT NULL,
    "retrieved_message_id" UUID NOT NULL,
    "user_id" UUID,
    "text_encrypted" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sent_message" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "connection_id" UUID NOT NULL,
    "service_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "suomifi_message_id" BIGINT,
    "submission_id" UUID,
    "retrieved_message_id" UUID,
    "content_encrypted" TEXT,
    "sent_by_user_id" UUID,
    "status" TEXT NOT NULL,
    "error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "sent_message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "inbox_note_retrieved_message_id_created_at_idx" ON "inbox_note"("retrieved_message_id", "created_at");

-- CreateIndex
CREATE INDEX "sent_message_connection_id_suomifi_message_id_idx" ON "sent_message"("connection_id", "suomifi_message_id");

-- CreateIndex
CREATE INDEX "sent_message_retrieved_message_id_idx" ON "sent_message"("retrieved_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "sent_message_connection_id_external_id_key" ON "sent_message"("connection_id", "external_id");

-- CreateIndex
CREATE INDEX "retrieved_message_connection_id_thread_root_message_id_idx" ON "retrieved_message"("connection_id", "thread_root_message_id");

-- CreateIndex
CREATE INDEX "retrieved_message_organization_id_inbox_state_idx" ON "retrieved_message"("organization_id", "inbox_state");

-- AddForeignKey
ALTER TABLE "inbox_note" ADD CONSTRAINT "inbox_note_retrieved_message_id_fkey" FOREIGN KEY ("retrieved_message_id") REFERENCES "retrieved_message"("id") ON DELETE CASCADE ON UPDATE CASCADE;
