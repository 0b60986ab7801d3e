-- AlterTable
ALTER TABLE "form" ADD COLUMN     "mandate_issue_code" TEXT,
ADD COLUMN     "may_file_for_company" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "may_file_for_person" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "citizen_draft" ADD COLUMN     "filing_encrypted" TEXT,
ADD COLUMN     "principal_id_hash" TEXT;

-- AlterTable
ALTER TABLE "submission" ADD COLUMN     "filing_encrypted" TEXT,
ADD COLUMN     "principal_id_hash" TEXT;

-- CreateIndex
CREATE INDEX "citizen_draft_principal_id_hash_idx" ON "citizen_draft"("principal_id_hash");

-- CreateIndex
CREATE INDEX "submission_principal_id_hash_idx" ON "submission"("principal_id_hash");
