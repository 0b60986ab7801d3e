-- AlterTable
ALTER TABLE "form" ADD COLUMN     "case_message_templates" JSONB,
ADD COLUMN     "supplement_reminder_days" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "sent_message" ADD COLUMN     "deadline" DATE,
ADD COLUMN     "is_verifiable" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reminds_sent_message_id" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "sent_message_reminds_sent_message_id_key" ON "sent_message"("reminds_sent_message_id");

-- CreateIndex
CREATE INDEX "sent_message_submission_id_idx" ON "sent_message"("submission_id");

-- CreateIndex
CREATE INDEX "sent_message_kind_deadline_idx" ON "sent_message"("kind", "deadline");
