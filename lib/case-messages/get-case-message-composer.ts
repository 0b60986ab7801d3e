// What the send panel of a submission's page needs: the submission's language, reference and form title, the
// form's templates, today's date in Finland and whether there is someone to write to. The panel renders its
// preview with the same pure function the send uses (lib/forms/render-case-message.ts).
import "server-only";
import { now } from "@/lib/clock";
import { todayInFinland } from "@/lib/forms/today";
import { getPrisma } from "@/lib/db/prisma";
import { loadCaseMessageContext } from "./send-case-message";

export async function getCaseMessageComposer(organizationId: string, submissionId: string) {
  const context = await loadCaseMessageContext(organizationId, submissionId);
  const pendingRequest =
    context.submission.status === "waiting_for_citizen"
      ? await getPrisma().sentMessage.findFirst({
          where: { organizationId, submissionId, kind: "supplement-request", status: "sent" },
          orderBy: { sentAt: "desc" },
          select: { deadline: true },
        })
      : null;
  return {
    submissionId,
    language: context.language,
    reference: context.submission.reference,
    formTitle: context.formTitle,
    templates: context.templates,
    today: todayInFinland(now()),
    isSendable: context.isSendable,
    hasRecipient: context.formMessage !== null,
    /** The deadline of the supplement request the submission waits on, "YYYY-MM-DD". */
    pendingDeadline: pendingRequest?.deadline?.toISOString().slice(0, 10) ?? null,
  };
}

export type TCaseMessageComposer = Awaited<ReturnType<typeof getCaseMessageComposer>>;
