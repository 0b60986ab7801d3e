-- AlterEnum
ALTER TYPE "DeliveryTargetKind" ADD VALUE 'sftp';

-- Target settings move from webhook-shaped columns into the kind's own options (checked by its adapter).
ALTER TABLE "delivery_target" ADD COLUMN "options" JSONB NOT NULL DEFAULT '{}';

UPDATE "delivery_target"
SET "options" = jsonb_build_object('url', "url", 'senderDetail', "sender_detail", 'attachmentMode', "attachment_mode")
WHERE "kind" = 'webhook';

UPDATE "delivery_target"
SET "options" = jsonb_build_object('senderDetail', "sender_detail", 'attachmentMode', "attachment_mode")
WHERE "kind" = 'pull';

ALTER TABLE "delivery_target" DROP COLUMN "attachment_mode",
DROP COLUMN "sender_detail",
DROP COLUMN "url";
