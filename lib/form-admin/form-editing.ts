import { NotFoundError } from "@/lib/errors/domain-error";
import "server-only";
import * as z from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import type { TDiagnostic } from "@/lib/forms/diagnostic";
import { ZFormDefinition, type TFormDefinition } from "@/lib/forms/definition";
import { editRefusal, publishRefusal, STATUS_AFTER_PUBLISH } from "@/lib/forms/lifecycle";
import { isNestedDeeperThan, MAX_DEFINITION_DEPTH } from "@/lib/forms/nesting-depth";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertFormId, FormAdminError } from "./form-admin-error";
import { findSettingsBlockers } from "./find-settings-blockers";
import { findFormOrThrow } from "./manage-forms";
import { parseDefinitionJson } from "./parse-definition-json";

export const ZSaveDraft = z.object({
  formId: z.uuid(),
  revision: z.number().int().min(0),
  definition: z.unknown(),
});
export const ZPublishForm = z.object({
  formId: z.uuid(),
  revision: z.number().int().min(0),
  note: z.string().trim().max(500).optional(),
});
export const ZImportDefinition = z.object({
  formId: z.uuid(),
  revision: z.number().int().min(0),
  json: z.string().max(5_000_000),
});
export const ZRestoreVersion = z.object({
  formId: z.uuid(),
  revision: z.number().int().min(0),
  version: z.number().int().min(1),
});

export interface TEditorForm {
  id: string;
  slug: string;
  organizationSlug: string;
  status: "draft" | "live" | "archived";
  definition: TFormDefinition;
  revision: number;
  liveVersion: number | null;
  latestVersion: number | null;
  /** What the form's settings lack for publishing (Suomi.fi service, translated settings texts). */
  settingsBlockers: TDiagnostic[];
}

/** What the builder opens: the draft, or a copy of the live version when there are no pending changes. */
export async function getEditorForm(organizationId: string, formId: string): Promise<TEditorForm> {
  assertFormId(formId);
  const form = await getPrisma().form.findFirst({
    where: { id: formId, organizationId },
    include: {
      organization: { select: { slug: true } },
      liveVersion: { select: { version: true, definition: true } },
      versions: { select: { version: true }, orderBy: { version: "desc" }, take: 1 },
    },
  });
  if (!form) throw new NotFoundError();
  const definition = ZFormDefinition.parse(form.draftDefinition ?? form.liveVersion?.definition);
  return {
    id: form.id,
    slug: form.slug,
    organizationSlug: form.organization.slug,
    status: form.status,
    definition,
    revision: form.draftRevision,
    liveVersion: form.liveVersion?.version ?? null,
    latestVersion: form.versions[0]?.version ?? null,
    settingsBlockers: await findSettingsBlockers(
      getPrisma(),
      organizationId,
      form,
      definition.languages,
      definition,
    ),
  };
}

/**
 * Writes the draft only if nobody else saved since `revision` (one conditional UPDATE, so two editors cannot
 * both win). Returns the new revision; a stale revision throws STALE_REVISION and nothing is overwritten.
 */
export async function saveDraft(
  organizationId: string,
  input: { formId: string; revision: number; definition: unknown },
  client: Pick<Prisma.TransactionClient, "form"> = getPrisma(),
): Promise<{ revision: number }> {
  if (isNestedDeeperThan(input.definition, MAX_DEFINITION_DEPTH))
    throw new FormAdminError("INVALID_DEFINITION", [
      { path: "", message: `Nested more than ${MAX_DEFINITION_DEPTH} levels deep.` },
    ]);
  const parsed = ZFormDefinition.safeParse(input.definition);
  if (!parsed.success)
    throw new FormAdminError(
      "INVALID_DEFINITION",
      parsed.error.issues.map((issue) => ({ path: issue.path.join("/"), message: issue.message })),
    );
  const updated = await client.form.updateMany({
    where: { id: input.formId, organizationId, draftRevision: input.revision, status: { not: "archived" } },
    data: {
      draftDefinition: parsed.data as Prisma.InputJsonValue,
      draftRevision: { increment: 1 },
    },
  });
  if (updated.count === 1) return { revision: input.revision + 1 };
  const form = await findFormOrThrow(client, organizationId, input.formId);
  const refusal = editRefusal(form.status);
  if (refusal) throw new FormAdminError(refusal.code);
  throw new FormAdminError("STALE_REVISION", { revision: form.draftRevision });
}

/**
 * Publishes the draft the editor has seen (same revision) as the next immutable version and makes it live.
 * Refused while diagnose() reports blockers. Afterwards the draft is cleared (draftDefinition null): the
 * builder keeps editing a copy of the live version, and the next save starts a new draft.
 */
export async function publishForm(
  organizationId: string,
  input: z.infer<typeof ZPublishForm>,
  actor: TAuditActor & { userId: string },
): Promise<{ version: number; revision: number }> {
  return getPrisma().$transaction(async (tx) => {
    const form = await findFormOrThrow(tx, organizationId, input.formId);
    const editing = editRefusal(form.status);
    if (editing) throw new FormAdminError(editing.code);
    if (form.draftRevision !== input.revision)
      throw new FormAdminError("STALE_REVISION", { revision: form.draftRevision });
    const definition = form.draftDefinition === null ? null : ZFormDefinition.parse(form.draftDefinition);
    const refusal = publishRefusal(form.status, definition);
    if (refusal && refusal.code !== "HAS_BLOCKERS") throw new FormAdminError(refusal.code);
    if (!definition) throw new FormAdminError("NOTHING_TO_PUBLISH");
    // The definition's blockers and the settings' (Suomi.fi service, settings texts per language) together.
    const blockers = [
      ...(refusal && "blockers" in refusal ? refusal.blockers : []),
      ...(await findSettingsBlockers(tx, organizationId, form, definition.languages, definition)),
    ];
    if (blockers.length > 0) throw new FormAdminError("HAS_BLOCKERS", blockers);
    const latest = await tx.formVersion.aggregate({ where: { formId: form.id }, _max: { version: true } });
    const versionNumber = (latest._max.version ?? 0) + 1;
    const version = await tx.formVersion.create({
      data: {
        formId: form.id,
        version: versionNumber,
        definition: definition as Prisma.InputJsonValue,
        note: input.note || null,
        publishedAt: now(),
        publishedByUserId: actor.userId,
      },
    });
    await tx.form.update({
      where: { id: form.id },
      data: {
        liveVersionId: version.id,
        status: STATUS_AFTER_PUBLISH,
        draftDefinition: Prisma.DbNull,
        draftRevision: { increment: 1 },
      },
    });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "form.published",
        objectType: "form",
        objectId: form.id,
        details: { version: versionNumber, note: input.note || null },
      },
      tx,
    );
    return { version: versionNumber, revision: form.draftRevision + 1 };
  });
}

/** Replaces the draft with an imported JSON definition (validated; problems listed with paths); audit-logged. */
export async function importDefinition(
  organizationId: string,
  input: z.infer<typeof ZImportDefinition>,
  actor: TAuditActor,
): Promise<{ revision: number; definition: TFormDefinition }> {
  const parsed = parseDefinitionJson(input.json);
  if (!parsed.ok) throw new FormAdminError("INVALID_DEFINITION", parsed.problems);
  return getPrisma().$transaction(async (tx) => {
    const { revision } = await saveDraft(
      organizationId,
      { formId: input.formId, revision: input.revision, definition: parsed.definition },
      tx,
    );
    await recordAuditEvent(
      { organizationId, actor, action: "form.imported", objectType: "form", objectId: input.formId },
      tx,
    );
    return { revision, definition: parsed.definition };
  });
}

/** Copies a published version into the draft (the live version is untouched until the next publish). */
export async function restoreVersionIntoDraft(
  organizationId: string,
  input: z.infer<typeof ZRestoreVersion>,
  actor: TAuditActor,
): Promise<{ revision: number }> {
  return getPrisma().$transaction(async (tx) => {
    await findFormOrThrow(tx, organizationId, input.formId);
    const version = await tx.formVersion.findFirst({
      where: { formId: input.formId, version: input.version },
    });
    if (!version) throw new NotFoundError();
    const result = await saveDraft(
      organizationId,
      { formId: input.formId, revision: input.revision, definition: version.definition },
      tx,
    );
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "form.version_restored",
        objectType: "form",
        objectId: input.formId,
        details: { version: input.version },
      },
      tx,
    );
    return result;
  });
}
