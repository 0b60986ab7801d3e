// The one table of every job the worker runs. It lives outside lib/jobs so that the queue primitives there
// (define-job, send-job, the advisory lock) never import the handlers that use them.
import "server-only";
import { deliveryHealthJob, dispatchDeliveriesJob, retentionJob } from "@/lib/delivery/delivery-jobs";
import { buildExportJob } from "@/lib/delivery/export/export-jobs";
import type { TJobDefinition } from "@/lib/jobs/define-job";
import { purgeExpiredDraftsJob } from "@/lib/citizen/draft-jobs";
import { pollAllConnectionsJob, pollConnectionJob, sendReceiptsJob } from "@/lib/retrieval/retrieval-jobs";

export const JOB_REGISTRY: readonly TJobDefinition[] = [
  pollAllConnectionsJob,
  pollConnectionJob,
  sendReceiptsJob,
  dispatchDeliveriesJob,
  deliveryHealthJob,
  retentionJob,
  purgeExpiredDraftsJob,
  buildExportJob,
] as unknown as readonly TJobDefinition[];
