import { NotFoundError } from "@/lib/errors/domain-error";
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { ZFormDefinition, type TFormDefinition } from "@/lib/forms/definition";
import { diffDefinitions, type TDefinitionDiff } from "./diff-definitions";
import { assertFormId } from "./form-admin-error";

export interface TVersionSummary {
  version: number;
  publishedAt: Date;
  publishedBy: string | null;
  note: string | null;
  isLive: boolean;
  submissionCount: number;
}

export interface TVersionHistory {
  formId: string;
  title: string;
  revision: number;
  versions: TVersionSummary[];
}

export async function listVersions(organizationId: string, formId: string): Promise<TVersionHistory> {
  assertFormId(formId);
  const prisma = getPrisma();
  const form = await prisma.form.findFirst({
    where: { id: formId, organizationId },
    include: {
      liveVersion: { select: { definition: true } },
      versions: { orderBy: { version: "desc" }, include: { _count: { select: { submissions: true } } } },
    },
  });
  if (!form) throw new NotFoundError();
  const userIds = [
    ...new Set(form.versions.map((version) => version.publishedByUserId).filter((id) => id !== null)),
  ];
  const users = await prisma.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(users.map((user) => [user.id, user.name ?? user.email]));
  const definition = (form.draftDefinition ?? form.liveVersion?.definition) as TFormDefinition;
  return {
    formId: form.id,
    title: definition.title.fi,
    revision: form.draftRevision,
    versions: form.versions.map((version) => ({
      version: version.version,
      publishedAt: version.publishedAt,
      publishedBy: version.publishedByUserId ? (byId.get(version.publishedByUserId) ?? null) : null,
      note: version.note,
      isLive: version.id === form.liveVersionId,
      submissionCount: version._count.submissions,
    })),
  };
}

/** The diff from version `from` to version `to`; "draft" stands for the current draft. */
export async function compareVersions(
  organizationId: string,
  formId: string,
  from: number | "draft",
  to: number | "draft",
): Promise<TDefinitionDiff> {
  assertFormId(formId);
  const prisma = getPrisma();
  const form = await prisma.form.findFirst({ where: { id: formId, organizationId } });
  if (!form) throw new NotFoundError();
  const load = async (which: number | "draft"): Promise<TFormDefinition> => {
    if (which === "draft") {
      if (form.draftDefinition) return ZFormDefinition.parse(form.draftDefinition);
      const live = form.liveVersionId
        ? await prisma.formVersion.findUnique({ where: { id: form.liveVersionId } })
        : null;
      if (!live) throw new NotFoundError();
      return ZFormDefinition.parse(live.definition);
    }
    const version = await prisma.formVersion.findFirst({ where: { formId, version: which } });
    if (!version) throw new NotFoundError();
    return ZFormDefinition.parse(version.definition);
  };
  return diffDefinitions(await load(from), await load(to));
}
