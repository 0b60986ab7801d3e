-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "is_paper_mail_enabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "paper_mail_sender" JSONB;

-- AlterTable
ALTER TABLE "form" ADD COLUMN     "is_paper_only" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "sent_message" ADD COLUMN     "channel" TEXT NOT NULL DEFAULT 'electronic';

-- CreateTable
CREATE TABLE "sent_message_event" (
    "id" UUID NOT NULL,
    "sent_message_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "event_time" TIMESTAMP(3) NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sent_message_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sent_message_event_sent_message_id_event_time_idx" ON "sent_message_event"("sent_message_id", "event_time");

-- CreateIndex
CREATE UNIQUE INDEX "sent_message_event_sent_message_id_dedupe_key_key" ON "sent_message_event"("sent_message_id", "dedupe_key");

-- AddForeignKey
ALTER TABLE "sent_message_event" ADD CONSTRAINT "sent_message_event_sent_message_id_fkey" FOREIGN KEY ("sent_message_id") REFERENCES "sent_message"("id") ON DELETE CASCADE ON UPDATE CASCADE;
