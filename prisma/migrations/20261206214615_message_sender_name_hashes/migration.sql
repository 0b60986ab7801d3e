-- AlterTable
ALTER TABLE "retrieved_message" ADD COLUMN     "sender_name_hashes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "retrieved_message_organization_id_retrieved_at_id_idx" ON "retrieved_message"("organization_id", "retrieved_at", "id");

-- CreateIndex
CREATE INDEX "retrieved_message_sender_name_hashes_idx" ON "retrieved_message" USING GIN ("sender_name_hashes");
