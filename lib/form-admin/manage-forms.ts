import { NotFoundError } from "@/lib/errors/domain-error";
import "server-only";
import * as z from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { canonicalJson } from "@/lib/forms/canonical-answers";
import { ZFormDefinition, type TFormDefinition } from "@/lib/forms/definition";
import { statusAfterArchive, statusAfterRestore } from "@/lib/forms/lifecycle";
import type { Prisma } from "@/lib/generated/prisma/client";
import { blankDefinition } from "./blank-definition";
import { assertFormId, FormAdminError } from "./form-admin-error";
import { formDisplayStatus, type TFormDisplayStatus } from "./form-display-status";
import { ZFormSlug } from "./form-slug";
import type { ZCreateForm } from "./create-form-schema";
import { readFormTemplate } from "./form-templates";

export const ZFormIdInput = z.object({ formId: z.uuid() });
export const ZDuplicateForm = z.object({ formId: z.uuid(), slug: ZFormSlug });

export interface TFormListItem {
  id: string;
  slug: string;
  title: string;
  status: TFormDisplayStatus;
  opensAt: Date | null;
  closesAt: Date | null;
  latestVersion: number | null;
  liveVersion: number | null;
  submissionCount: number;
  updatedAt: Date;
}

/** True when a draft exists and says something else than the live version (key order does not matter). */
export function isDraftDifferent(draft: unknown, live: unknown): boolean {
  if (draft === null || draft === undefined) return false;
  if (live === null || live === undefined) return true;
  return canonicalJson(draft) !== canonicalJson(live);
}

export async function listForms(organizationId: string, search = ""): Promise<TFormListItem[]> {
  const prisma = getPrisma();
  const forms = await prisma.form.findMany({
    where: { organizationId },
    include: {
      liveVersion: { select: { version: true, definition: true } },
      versions: { select: { version: true }, orderBy: { version: "desc" }, take: 1 },
      _count: { select: { submissions: true } },
    },
    orderBy: { updatedAt: "desc" },
  });
  const at = now();
  const needle = search.trim().toLocaleLowerCase("fi");
  return forms
    .map((form) => {
      const definition = (form.draftDefinition ?? form.liveVersion?.definition) as TFormDefinition | null;
      return {
        id: form.id,
        slug: form.slug,
        title: definition?.title.fi ?? form.slug,
        status: formDisplayStatus(
          {
            status: form.status,
            opensAt: form.opensAt,
            closesAt: form.closesAt,
            isPaused: form.isPaused,
            hasUnpublishedChanges: isDraftDifferent(form.draftDefinition, form.liveVersion?.definition),
            maxSubmissions: form.maxSubmissions,
            submissionCount: form._count.submissions,
          },
          at,
        ),
        opensAt: form.opensAt,
        closesAt: form.closesAt,
        latestVersion: form.versions[0]?.version ?? null,
        liveVersion: form.liveVersion?.version ?? null,
        submissionCount: form._count.submissions,
        updatedAt: form.updatedAt,
      };
    })
    .filter((form) => needle === "" || `${form.title} ${form.slug}`.toLocaleLowerCase("fi").includes(needle));
}

export async function countForms(organizationId: string): Promise<number> {
  return getPrisma().form.count({ where: { organizationId, status: { not: "archived" } } });
}

async function insertForm(
  organizationId: string,
  slug: string,
  definition: TFormDefinition,
  extra: Omit<Prisma.FormUncheckedCreateInput, "organizationId" | "slug" | "draftDefinition"> = {},
  actor: TAuditActor,
  auditDetails: Prisma.InputJsonValue,
) {
  const prisma = getPrisma();
  const taken = await prisma.form.findUnique({ where: { organizationId_slug: { organizationId, slug } } });
  if (taken) throw new FormAdminError("SLUG_TAKEN");
  return prisma.$transaction(async (tx) => {
    const form = await tx.form.create({
      data: {
        ...extra,
        organizationId,
        slug,
        status: "draft",
        draftDefinition: ZFormDefinition.parse(definition) as Prisma.InputJsonValue,
        draftRevision: 1,
      },
    });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "form.created",
        objectType: "form",
        objectId: form.id,
        details: auditDetails,
      },
      tx,
    );
    return form;
  });
}

/** A new draft form: blank (one empty page) or a copy of a seeded template with the given title. */
export async function createForm(
  organizationId: string,
  input: z.infer<typeof ZCreateForm>,
  actor: TAuditActor,
): Promise<{ id: string }> {
  const definition = input.templateId
    ? await readFormTemplate(input.templateId)
    : blankDefinition(input.title);
  definition.title = { ...definition.title, fi: input.title };
  const form = await insertForm(organizationId, input.slug, definition, {}, actor, {
    slug: input.slug,
    templateId: input.templateId || null,
  });
  return { id: form.id };
}

/** A copy of a form's current definition (draft, else live) and its settings, as a new draft. */
export async function duplicateForm(
  organizationId: string,
  input: z.infer<typeof ZDuplicateForm>,
  actor: TAuditActor,
): Promise<{ id: string }> {
  const source = await getPrisma().form.findFirst({
    where: { id: input.formId, organizationId },
    include: { liveVersion: true },
  });
  if (!source) throw new NotFoundError();
  const definition = ZFormDefinition.parse(source.draftDefinition ?? source.liveVersion?.definition);
  const form = await insertForm(
    organizationId,
    input.slug,
    definition,
    {
      closedMessage: source.closedMessage ?? undefined,
      maxSubmissions: source.maxSubmissions,
      suomifiServiceId: source.suomifiServiceId,
      receiptTemplate: source.receiptTemplate ?? undefined,
      privacyNotice: source.privacyNotice ?? undefined,
      draftLifetimeDays: source.draftLifetimeDays,
      retentionDays: source.retentionDays,
    },
    actor,
    { slug: input.slug, duplicateOf: source.id },
  );
  return { id: form.id };
}

export async function findFormOrThrow(
  client: Pick<Prisma.TransactionClient, "form">,
  organizationId: string,
  formId: string,
) {
  assertFormId(formId);
  const form = await client.form.findFirst({ where: { id: formId, organizationId } });
  if (!form) throw new NotFoundError();
  return form;
}

/** Closes the form for citizens and hides it from editing; versions and submissions stay. */
export async function archiveForm(organizationId: string, formId: string, actor: TAuditActor): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const form = await findFormOrThrow(tx, organizationId, formId);
    const status = statusAfterArchive(form.status);
    if (!status) return;
    await tx.form.update({ where: { id: form.id }, data: { status, archivedAt: now() } });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "form.archived",
        objectType: "form",
        objectId: form.id,
        details: { from: form.status },
      },
      tx,
    );
  });
}

/** Brings an archived form back: live if it has a published version, else a draft. */
export async function restoreForm(organizationId: string, formId: string, actor: TAuditActor): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const form = await findFormOrThrow(tx, organizationId, formId);
    const status = statusAfterRestore(form.status, form.liveVersionId !== null);
    if (!status) return;
    await tx.form.update({ where: { id: form.id }, data: { status, archivedAt: null } });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "form.restored",
        objectType: "form",
        objectId: form.id,
        details: { to: status },
      },
      tx,
    );
  });
}
