import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { cachedDefinition, type TFormAvailability } from "./load-public-form";
import type { TFormDefinition } from "@/lib/forms/definition";

export type TOrganizationForm = {
  slug: string;
  definition: TFormDefinition;
  availability: TFormAvailability;
  opensAt: Date | null;
  closesAt: Date | null;
};

/** An organisation's live forms that are open or open within 30 days; null when there is no such organisation. */
export async function listOrganizationForms(
  organizationSlug: string,
): Promise<{ name: string; forms: TOrganizationForm[] } | null> {
  if (!/^[a-z0-9-]{1,100}$/.test(organizationSlug)) return null;
  const organization = await getPrisma().organization.findUnique({
    where: { slug: organizationSlug },
    include: {
      forms: {
        where: { status: "live", liveVersionId: { not: null } },
        include: { liveVersion: true },
        orderBy: { slug: "asc" },
      },
    },
  });
  if (!organization) return null;
  const at = now();
  const soon = new Date(at.getTime() + 30 * 24 * 60 * 60 * 1000);
  const forms = organization.forms.flatMap((form): TOrganizationForm[] => {
    if (!form.liveVersion) return [];
    const definition = cachedDefinition(form.liveVersion.id, form.liveVersion.definition);
    const availability: TFormAvailability =
      form.opensAt && at < form.opensAt
        ? "notYetOpen"
        : form.closesAt && at >= form.closesAt
          ? "closed"
          : "open";
    if (availability === "closed") return [];
    if (availability === "notYetOpen" && form.opensAt! > soon) return [];
    return [{ slug: form.slug, definition, availability, opensAt: form.opensAt, closesAt: form.closesAt }];
  });
  return { name: organization.name, forms };
}
