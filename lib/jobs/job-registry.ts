// The one table of every job the worker runs.
import "server-only";
import { deliveryHealthJob, dispatchDeliveriesJob, retentionJob } from "@/lib/delivery/delivery-jobs";
import { buildExportJob } from "@/lib/delivery/export/export-jobs";
import type { TJobDefinition } from "@/lib/jobs/define-job";
import { pollAllConnectionsJob, pollConnectionJob } from "@/lib/retrieval/retrieval-jobs";

export const JOB_REGISTRY: readonly TJobDefinition[] = [
  pollAllConnectionsJob,
  pollConnectionJob,
  dispatchDeliveriesJob,
  deliveryHealthJob,
  retentionJob,
  buildExportJob,
] as unknown as readonly TJobDefinition[];
