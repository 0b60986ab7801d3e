import "server-only";
import { signAttachmentLink } from "@/lib/delivery/attachment-links";
import { readAttachmentBytes, type TSubmissionContents } from "@/lib/delivery/load-submission-contents";
import { isField, type TField, type TFormDefinition } from "@/lib/forms/definition";
import { localize, ZLanguage } from "@/lib/forms/localized-text";
import { payloadSenders, toPayloadParty, type TSenderDetail } from "@/lib/delivery/sender-parties";
import { isOnBehalf, type TFiling } from "@/lib/citizen/filing";
import { ZSenderDetail } from "@/lib/delivery/targets/payload-options";
import { WEBHOOK_PAYLOAD_VERSION, type TWebhookPayloadV1 } from "@/lib/delivery/webhook-payload-schema";

/** Labels by key (group children as "group.child"), in the submission's language. */
export function fieldLabels(definition: TFormDefinition, language: string): Record<string, string> {
  const lang = ZLanguage.safeParse(language).data ?? "fi";
  const labels: Record<string, string> = {};
  const add = (field: TField, prefix = "") => {
    labels[`${prefix}${field.key}`] = localize(field.label, lang);
    if (field.type === "repeatingGroup") for (const child of field.fields) add(child, `${field.key}.`);
  };
  for (const page of definition.pages)
    for (const element of page.elements) if (isField(element)) add(element);
  return labels;
}

export async function buildWebhookPayload(input: {
  deliveryId: string;
  contents: TSubmissionContents;
  target: { senderDetail: string; attachmentMode: string };
}): Promise<TWebhookPayloadV1> {
  const { submission, definition, answers, sender, retrieved, attachments } = input.contents;
  const language = ZLanguage.safeParse(submission.language).data ?? "fi";
  return {
    type: "submission.received",
    payloadVersion: WEBHOOK_PAYLOAD_VERSION,
    deliveryId: input.deliveryId,
    organization: { id: submission.organizationId },
    form: {
      id: submission.form.id,
      slug: submission.form.slug,
      version: submission.formVersion.version,
      title: localize(definition.title, language),
    },
    submission: {
      id: submission.id,
      reference: submission.reference,
      language: submission.language,
      createdAt: submission.createdAt.toISOString(),
      sentToSuomifiAt: retrieved?.sentAt.toISOString() ?? null,
      retrievedAt: retrieved?.retrievedAt.toISOString() ?? null,
      integrity: {
        status: (retrieved?.integrityStatus ??
          "not-checked") as TWebhookPayloadV1["submission"]["integrity"]["status"],
        releasedByHandler: retrieved?.reviewDecision === "released",
      },
    },
    ...payloadSenders(sender, ZSenderDetail.catch("name").parse(input.target.senderDetail)),
    filing: payloadFiling(
      input.contents.filing,
      ZSenderDetail.catch("name").parse(input.target.senderDetail),
    ),
    answers: { schemaVersion: 1, values: answers.answers, labels: fieldLabels(definition, language) },
    attachments: await Promise.all(
      attachments.map(async (attachment) => {
        const isInline = input.target.attachmentMode === "inline";
        const link = isInline ? null : signAttachmentLink(attachment.source, attachment.id);
        const bytes = isInline ? await readAttachmentBytes(attachment.source, attachment.id) : null;
        return {
          id: attachment.id,
          filename: attachment.filename,
          mediaType: attachment.mediaType,
          sizeBytes: attachment.sizeBytes,
          sha256: attachment.sha256,
          fieldKey: attachment.fieldKey ?? null,
          url: link?.url ?? null,
          expiresAt: link?.expiresAt ?? null,
          contentBase64: bytes ? bytes.bytes.toString("base64") : null,
          copy: attachment.copy,
          isVerifiedAgainstKeptCopy: attachment.isVerifiedAgainstKeptCopy,
        };
      }),
    ),
  };
}

/** Whom it was filed for, as the target's sender detail allows ("none": only the role). */
function payloadFiling(filing: TFiling | null, detail: TSenderDetail): TWebhookPayloadV1["filing"] {
  if (!isOnBehalf(filing)) return null;
  return {
    role: filing.role,
    principal:
      detail === "none"
        ? null
        : toPayloadParty({ id: filing.principal.id, name: filing.principal.name }, detail),
    filerName: detail === "none" ? null : filing.filerName,
    issueCode: filing.issueCode ?? null,
  };
}
