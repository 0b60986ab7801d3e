-- AlterTable
ALTER TABLE "submission" ADD COLUMN     "assigned_to_user_id" UUID,
ADD COLUMN     "sender_name_hashes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "submission_note" (
    "id" UUID NOT NULL,
    "submission_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "author_user_id" UUID,
    "text_encrypted" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "submission_note_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "submission_note_submission_id_created_at_idx" ON "submission_note"("submission_id", "created_at");

-- CreateIndex
CREATE INDEX "submission_organization_id_created_at_id_idx" ON "submission"("organization_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "submission_organization_id_status_created_at_id_idx" ON "submission"("organization_id", "status", "created_at", "id");

-- CreateIndex
CREATE INDEX "submission_organization_id_assigned_to_user_id_created_at_i_idx" ON "submission"("organization_id", "assigned_to_user_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "submission_sender_name_hashes_idx" ON "submission" USING GIN ("sender_name_hashes");

-- AddForeignKey
ALTER TABLE "submission_note" ADD CONSTRAINT "submission_note_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
