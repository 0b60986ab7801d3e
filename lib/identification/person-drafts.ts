// An identified person's drafts, found by the keyed hash of their henkilötunnus: listed on "my forms in
// progress" on any device after identification, and opened there by issuing the browser a new resume token
// (the old link then stops working: one draft, one live token).
import "server-only";

import { now } from "@/lib/clock";
import { hashToken, randomToken } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";
import { loadVersionDefinition } from "@/lib/citizen/load-public-form";
import { localize, type TLanguage } from "@/lib/forms/localized-text";

/** Marks a draft as the person's (called while they are identified). */
export async function claimDraftForPerson(draftId: string, personIdHash: string): Promise<void> {
  await getPrisma().citizenDraft.updateMany({
    where: { id: draftId, OR: [{ personIdHash: null }, { personIdHash: { not: personIdHash } }] },
    data: { personIdHash },
  });
}

export type TPersonDraft = {
  id: string;
  formSlug: string;
  formTitle: string;
  updatedAt: Date;
  expiresAt: Date;
};

export async function listPersonDrafts(
  organizationId: string,
  personIdHash: string,
  language: TLanguage,
): Promise<TPersonDraft[]> {
  const drafts = await getPrisma().citizenDraft.findMany({
    where: {
      personIdHash,
      expiresAt: { gt: now() },
      submission: null,
      form: { organizationId, status: "live" },
    },
    select: {
      id: true,
      formVersionId: true,
      updatedAt: true,
      expiresAt: true,
      form: { select: { slug: true } },
    },
    orderBy: { updatedAt: "desc" },
  });
  const listed: TPersonDraft[] = [];
  for (const draft of drafts) {
    const definition = await loadVersionDefinition(draft.formVersionId);
    listed.push({
      id: draft.id,
      formSlug: draft.form.slug,
      formTitle: localize(definition.title, language),
      updatedAt: draft.updatedAt,
      expiresAt: draft.expiresAt,
    });
  }
  return listed;
}

/** A new resume token for the person's own draft of the form; undefined when it is not theirs. */
export async function reissueDraftToken(
  draftId: string,
  formId: string,
  personIdHash: string,
): Promise<string | undefined> {
  const token = randomToken(32);
  const updated = await getPrisma().citizenDraft.updateMany({
    where: { id: draftId, formId, personIdHash, expiresAt: { gt: now() }, submission: null },
    data: { resumeTokenHash: hashToken(token) },
  });
  return updated.count === 1 ? token : undefined;
}
