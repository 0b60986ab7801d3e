-- AlterTable
ALTER TABLE "submission" ADD COLUMN     "person_id_hashes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "submission_sender_id_hash_idx" ON "submission"("sender_id_hash");

-- CreateIndex
CREATE INDEX "submission_person_id_hashes_idx" ON "submission" USING GIN ("person_id_hashes");
