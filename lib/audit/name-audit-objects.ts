// The audit log names what each event was about — a submission's reference, a form's title, a person's name
// or address, a target's name — instead of raw ids. Only objects of the same organisation are named.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";

export type TAuditObjectName = { label: string; href: string | null };

type TEventObject = { objectType: string | null; objectId: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function idsOf(events: TEventObject[], type: string): string[] {
  return [
    ...new Set(
      events
        .filter((event) => event.objectType === type && event.objectId && UUID.test(event.objectId))
        .map((event) => event.objectId!),
    ),
  ];
}

function formTitle(definition: unknown, slug: string): string {
  const title = (definition as { title?: { fi?: string } } | null)?.title?.fi;
  return title ? `${title} (${slug})` : slug;
}

/** Names keyed by "type:id" for the events' objects; an object not found (deleted, other tenant) is left out. */
export async function nameAuditObjects(
  organizationId: string,
  events: TEventObject[],
): Promise<Map<string, TAuditObjectName>> {
  const prisma = getPrisma();
  const [submissions, forms, users, targets] = await Promise.all([
    prisma.submission.findMany({
      where: { organizationId, id: { in: idsOf(events, "submission") } },
      select: { id: true, reference: true },
    }),
    prisma.form.findMany({
      where: { organizationId, id: { in: idsOf(events, "form") } },
      select: { id: true, slug: true, draftDefinition: true, liveVersion: { select: { definition: true } } },
    }),
    prisma.user.findMany({
      where: { id: { in: idsOf(events, "user") }, memberships: { some: { organizationId } } },
      select: { id: true, name: true, email: true },
    }),
    prisma.deliveryTarget.findMany({
      where: { organizationId, id: { in: idsOf(events, "delivery_target") } },
      select: { id: true, name: true },
    }),
  ]);
  const names = new Map<string, TAuditObjectName>();
  for (const submission of submissions)
    names.set(`submission:${submission.id}`, {
      label: submission.reference,
      href: `/admin/submissions/${submission.id}`,
    });
  for (const form of forms)
    names.set(`form:${form.id}`, {
      label: formTitle(form.liveVersion?.definition ?? form.draftDefinition, form.slug),
      href: `/admin/forms/${form.id}/settings`,
    });
  for (const user of users)
    names.set(`user:${user.id}`, {
      label: user.name ? `${user.name} <${user.email}>` : user.email,
      href: null,
    });
  for (const target of targets)
    names.set(`delivery_target:${target.id}`, { label: target.name, href: "/admin/delivery" });
  return names;
}
