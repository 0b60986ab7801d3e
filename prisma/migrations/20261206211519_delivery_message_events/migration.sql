-- CreateEnum
CREATE TYPE "DeliveryEvent" AS ENUM ('submission_received', 'submission_reply', 'message_received');

-- DropIndex
DROP INDEX "delivery_submission_id_target_id_key";

-- AlterTable
ALTER TABLE "delivery" ADD COLUMN     "event" "DeliveryEvent" NOT NULL DEFAULT 'submission_received',
ADD COLUMN     "retrieved_message_id" UUID,
ALTER COLUMN "submission_id" DROP NOT NULL;

-- AlterTable
ALTER TABLE "retrieved_message" ADD COLUMN     "thread_in_reply_to_message_id" BIGINT;

-- CreateIndex
CREATE INDEX "delivery_retrieved_message_id_idx" ON "delivery"("retrieved_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "delivery_submission_id_target_id_retrieved_message_id_key" ON "delivery"("submission_id", "target_id", "retrieved_message_id") NULLS NOT DISTINCT;
