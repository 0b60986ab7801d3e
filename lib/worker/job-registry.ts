// The one table of every job the worker runs. It lives outside lib/jobs so that the queue primitives there
// (define-job, send-job, the advisory lock) never import the handlers that use them.
import "server-only";
import { remindSupplementRequestsJob } from "@/lib/case-messages/case-message-jobs";
import { backfillDeliveriesJob } from "@/lib/delivery/backfill-jobs";
import { deliveryHealthJob, dispatchDeliveriesJob } from "@/lib/delivery/delivery-jobs";
import { retentionJob } from "@/lib/retention/retention-jobs";
import { buildExportJob } from "@/lib/delivery/export/export-jobs";
import type { TJobDefinition } from "@/lib/jobs/define-job";
import { purgeExpiredDraftsJob } from "@/lib/citizen/draft-jobs";
import { purgeIdentificationRecordsJob } from "@/lib/identification/identification-jobs";
import { pollAllConnectionsJob, pollConnectionJob, sendReceiptsJob } from "@/lib/retrieval/retrieval-jobs";

export const JOB_REGISTRY: readonly TJobDefinition[] = [
  pollAllConnectionsJob,
  pollConnectionJob,
  sendReceiptsJob,
  dispatchDeliveriesJob,
  deliveryHealthJob,
  retentionJob,
  purgeExpiredDraftsJob,
  purgeIdentificationRecordsJob,
  buildExportJob,
  backfillDeliveriesJob,
  remindSupplementRequestsJob,
] as unknown as readonly TJobDefinition[];
