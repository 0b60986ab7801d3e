-- AlterTable
ALTER TABLE "form" ADD COLUMN     "case_notification" JSONB;
