-- AlterTable
ALTER TABLE "retrieval_cursor" ADD COLUMN     "credential_failures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "credentials_failing_since" TIMESTAMP(3),
ADD COLUMN     "poll_paused_until" TIMESTAMP(3);
