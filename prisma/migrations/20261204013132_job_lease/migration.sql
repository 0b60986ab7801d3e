-- CreateTable
CREATE TABLE "job_lease" (
    "job_id" UUID NOT NULL,
    "job_name" TEXT NOT NULL,
    "worker_id" UUID NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_lease_pkey" PRIMARY KEY ("job_id")
);

-- CreateIndex
CREATE INDEX "job_lease_worker_id_idx" ON "job_lease"("worker_id");
