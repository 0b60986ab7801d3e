// One person's data in an organisation, found by henkilötunnus (GDPR access and erasure requests): submissions
// and retrieved messages through the keyed hash stored beside their encrypted contents, drafts of an identified
// person by their hash, other drafts by decrypting the organisation's drafts (they live days, not years). Owners only; every lookup and
// erasure is audit-logged with counts and references, never the henkilötunnus.
import "server-only";

import { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { decryptJson } from "@/lib/crypto/encrypt-value";
import { citizenDraftAnswersContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { applySubmissionMove } from "@/lib/submissions/apply-submission-move";
import { isValidHenkilotunnus, normaliseHenkilotunnus } from "@/lib/forms/vendor/henkilotunnus";
import { logger } from "@/lib/log/logger";
import { maskHenkilotunnus } from "@/lib/security/mask-henkilotunnus";
import { businessIdHash, findHenkilotunnukset, henkilotunnusHash } from "@/lib/security/person-id-hashes";
import { isValidBusinessId, normaliseBusinessId } from "@/lib/forms/vendor/business-id";

/** What retention leaves in a purged text column (lib/delivery/purge-expired-submissions.ts). */
const PURGED = "";

export const ZCompanyRequest = z.object({
  businessId: z
    .string()
    .transform(normaliseBusinessId)
    .refine(isValidBusinessId, { error: "invalidBusinessId" }),
});

/** Whose data: a person by henkilötunnus, or a company (the principal of forms filed on its behalf) by Y-tunnus. */
type TDataSubject = { kind: "person"; code: string } | { kind: "company"; code: string };

export const ZPersonRequest = z.object({
  henkilotunnus: z
    .string()
    .transform(normaliseHenkilotunnus)
    .refine(isValidHenkilotunnus, { error: "invalidHenkilotunnus" }),
});

export type TPersonData = {
  /** "010280-****": the only form of the code that leaves this module. */
  maskedHenkilotunnus: string;
  drafts: { id: string; formSlug: string; updatedAt: Date; expiresAt: Date }[];
  submissions: {
    id: string;
    reference: string;
    formSlug: string;
    status: string;
    createdAt: Date;
    isPurged: boolean;
    deliveredTo: string[];
  }[];
  retrievedMessages: { id: string; reference: string | null; match: string; retrievedAt: Date }[];
};

async function findDraftIds(organizationId: string, subject: TDataSubject) {
  const code = subject.code;
  const hash = subjectHash(subject);
  const drafts = await getPrisma().citizenDraft.findMany({
    where: { form: { organizationId } },
    select: {
      id: true,
      personIdHash: true,
      principalIdHash: true,
      answersEncrypted: true,
      updatedAt: true,
      expiresAt: true,
      form: { select: { slug: true } },
    },
  });
  return drafts
    .filter((draft) => {
      // Filed on their behalf (a guardian for a child, a representative for a company): the principal's hash.
      if (draft.principalIdHash === hash) return true;
      if (subject.kind === "company") return false;
      // A draft filled by the Suomi.fi-identified person is theirs by its hash, whatever its answers hold.
      if (draft.personIdHash === hash) return true;
      try {
        const answers = decryptJson(draft.answersEncrypted, {
          associatedData: citizenDraftAnswersContext(draft.id),
        });
        return findHenkilotunnukset(answers).includes(code);
      } catch (error) {
        logger.warn({ err: error, draftId: draft.id }, "draft skipped in a person lookup: cannot decrypt");
        return false;
      }
    })
    .map((draft) => ({
      id: draft.id,
      formSlug: draft.form.slug,
      updatedAt: draft.updatedAt,
      expiresAt: draft.expiresAt,
    }));
}

function subjectHash(subject: TDataSubject): string {
  return subject.kind === "company" ? businessIdHash(subject.code) : henkilotunnusHash(subject.code);
}

function normaliseSubject(subject: TDataSubject): TDataSubject {
  return subject.kind === "company"
    ? { kind: "company", code: normaliseBusinessId(subject.code) }
    : { kind: "person", code: normaliseHenkilotunnus(subject.code) };
}

async function collectPersonData(organizationId: string, subjectInput: TDataSubject): Promise<TPersonData> {
  const subject = normaliseSubject(subjectInput);
  const code = subject.code;
  const hash = subjectHash(subject);
  const prisma = getPrisma();
  const [submissions, retrievedMessages, drafts] = await Promise.all([
    prisma.submission.findMany({
      where: {
        organizationId,
        OR:
          subject.kind === "company"
            ? [{ principalIdHash: hash }]
            : [{ senderIdHash: hash }, { personIdHashes: { has: hash } }, { principalIdHash: hash }],
      },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        reference: true,
        status: true,
        createdAt: true,
        answersEncrypted: true,
        form: { select: { slug: true } },
      },
    }),
    prisma.retrievedMessage.findMany({
      // A company's messages are found through its submissions (erasure follows their links).
      where: { organizationId, senderIdHash: subject.kind === "person" ? hash : "-" },
      orderBy: { retrievedAt: "asc" },
      select: { id: true, reference: true, match: true, retrievedAt: true },
    }),
    findDraftIds(organizationId, subject),
  ]);
  const deliveries = await prisma.delivery.findMany({
    where: {
      organizationId,
      event: "submission_received",
      submissionId: { in: submissions.map((s) => s.id) },
      status: "succeeded",
    },
    select: { submissionId: true, target: { select: { name: true } } },
  });
  return {
    // A Y-tunnus is public: shown whole.
    maskedHenkilotunnus: subject.kind === "company" ? code : maskHenkilotunnus(code),
    drafts,
    submissions: submissions.map((submission) => ({
      id: submission.id,
      reference: submission.reference,
      formSlug: submission.form.slug,
      status: submission.status,
      createdAt: submission.createdAt,
      isPurged: submission.answersEncrypted === PURGED,
      deliveredTo: deliveries.filter((d) => d.submissionId === submission.id).map((d) => d.target.name),
    })),
    retrievedMessages,
  };
}

function summary(data: TPersonData) {
  return {
    drafts: data.drafts.length,
    submissions: data.submissions.map((submission) => submission.reference),
    retrievedMessages: data.retrievedMessages.length,
  };
}

/** Everything the organisation holds about one person; the lookup itself is audit-logged. */
export async function findPersonData(
  organizationId: string,
  henkilotunnus: string,
  actor: TAuditActor,
): Promise<TPersonData> {
  const data = await collectPersonData(organizationId, { kind: "person", code: henkilotunnus });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "privacy.person_lookup",
    objectType: "person",
    details: summary(data),
  });
  return data;
}

export type TErasureReport = {
  maskedHenkilotunnus: string;
  draftsDeleted: number;
  /** References of the submissions whose contents were erased (the non-personal ledger stays). */
  submissionsErased: string[];
  storedFilesDeleted: number;
  retrievedMessagesErased: number;
  retrievedAttachmentsErased: number;
  /** Target systems that already received the person's data: the erasure must be requested there too. */
  deliveredTo: string[];
};

/**
 * Erases one person's data: drafts (with their files) are deleted; submissions and retrieved messages lose their
 * contents, attachments and the hashes that link them to the person, keeping the non-personal ledger, as retention does.
 */
export async function erasePersonData(
  organizationId: string,
  henkilotunnus: string,
  actor: TAuditActor,
): Promise<TErasureReport> {
  return eraseSubjectData(organizationId, { kind: "person", code: henkilotunnus }, actor);
}

/** A company's data by Y-tunnus: what was filed on its behalf, found by the principal's keyed hash. */
export async function findCompanyData(
  organizationId: string,
  businessId: string,
  actor: TAuditActor,
): Promise<TPersonData> {
  const data = await collectPersonData(organizationId, { kind: "company", code: businessId });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "privacy.company_lookup",
    objectType: "company",
    details: summary(data),
  });
  return data;
}

export async function eraseCompanyData(
  organizationId: string,
  businessId: string,
  actor: TAuditActor,
): Promise<TErasureReport> {
  return eraseSubjectData(organizationId, { kind: "company", code: businessId }, actor);
}

async function eraseSubjectData(
  organizationId: string,
  subject: TDataSubject,
  actor: TAuditActor,
): Promise<TErasureReport> {
  const data = await collectPersonData(organizationId, subject);
  const submissionIds = data.submissions.map((submission) => submission.id);
  const messageIds = data.retrievedMessages.map((message) => message.id);
  const at = now();
  const report = await getPrisma().$transaction(async (tx) => {
    const linkedMessages = await tx.retrievedMessage.findMany({
      where: { organizationId, submissionId: { in: submissionIds } },
      select: { id: true },
    });
    const allMessageIds = [...new Set([...messageIds, ...linkedMessages.map((message) => message.id)])];
    const draftIds = data.drafts.map((draft) => draft.id);
    // Files first: a draft's deletion would cascade to its files uncounted.
    const files = await tx.storedFile.deleteMany({
      where: { organizationId, OR: [{ draftId: { in: draftIds } }, { submissionId: { in: submissionIds } }] },
    });
    await tx.submissionNote.deleteMany({ where: { organizationId, submissionId: { in: submissionIds } } });
    const drafts = await tx.citizenDraft.deleteMany({
      where: { id: { in: draftIds }, form: { organizationId } },
    });
    await tx.submission.updateMany({
      where: { organizationId, id: { in: submissionIds } },
      data: {
        answersEncrypted: PURGED,
        messageTextEncrypted: PURGED,
        senderIdHash: null,
        personIdHashes: [],
        senderNameHashes: [],
        filingEncrypted: null,
        principalIdHash: null,
        draftId: null,
      },
    });
    for (const submissionId of submissionIds) {
      await applySubmissionMove(tx, submissionId, { type: "erased", details: {} }, { at });
    }
    const attachments = await tx.retrievedAttachment.updateMany({
      where: { retrievedMessageId: { in: allMessageIds }, contentEncrypted: { not: null } },
      data: { contentEncrypted: null },
    });
    await tx.retrievedMessage.updateMany({
      where: { organizationId, id: { in: allMessageIds } },
      data: {
        contentEncrypted: null,
        senderEncrypted: null,
        senderIdHash: null,
        senderNameHashes: [],
        purgedAt: at,
      },
    });
    // Handlers' notes on these messages and the answers sent to them hold personal data too.
    await tx.inboxNote.deleteMany({ where: { retrievedMessageId: { in: allMessageIds } } });
    await tx.sentMessage.updateMany({
      where: { retrievedMessageId: { in: allMessageIds } },
      data: { contentEncrypted: null },
    });
    const result: TErasureReport = {
      maskedHenkilotunnus: data.maskedHenkilotunnus,
      draftsDeleted: drafts.count,
      submissionsErased: data.submissions.map((submission) => submission.reference),
      storedFilesDeleted: files.count,
      retrievedMessagesErased: allMessageIds.length,
      retrievedAttachmentsErased: attachments.count,
      deliveredTo: [...new Set(data.submissions.flatMap((submission) => submission.deliveredTo))].sort(),
    };
    const { maskedHenkilotunnus: _masked, ...details } = result;
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: subject.kind === "company" ? "privacy.company_erased" : "privacy.person_erased",
        objectType: subject.kind,
        details,
      },
      tx,
    );
    return result;
  });
  return report;
}
