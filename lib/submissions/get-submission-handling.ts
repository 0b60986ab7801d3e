// The handler's part of a submission's page in one call: its state, the moves a handler may make now, who
// handles it, the organisation's members to choose from, and the private notes.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { memberOptions } from "@/lib/submissions/get-work-view";
import { availableHandlerMoves, listSubmissionNotes } from "@/lib/submissions/handle-submission";

export async function getSubmissionHandling(organizationId: string, submissionId: string) {
  const submission = await getPrisma().submission.findFirst({
    where: { id: submissionId, organizationId },
    select: { id: true, status: true, assignedToUserId: true },
  });
  if (!submission) return null;
  const [members, notes] = await Promise.all([
    memberOptions(organizationId),
    listSubmissionNotes(organizationId, submissionId),
  ]);
  return { submission, moves: availableHandlerMoves(submission.status), members, notes };
}
