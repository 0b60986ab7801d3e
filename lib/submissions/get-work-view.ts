// Everything the work view's page shows, in one call: the filters read from the URL, the page of submissions,
// and the forms and members its filters offer.
import "server-only";
import { listMembers } from "@/lib/accounts/manage-members";
import { getPrisma } from "@/lib/db/prisma";
import { listForms } from "@/lib/form-admin/manage-forms";
import { listWorkView } from "@/lib/submissions/list-work-view";
import { ZWorkViewFilters, type TWorkViewFilters } from "@/lib/submissions/work-view-filters";
import { readSearchToken } from "@/lib/submissions/work-view-search-token";

export type TMemberOption = { userId: string; label: string };

/** Members as handlers are named to each other: their name, or their e-mail address. */
export async function memberOptions(organizationId: string): Promise<TMemberOption[]> {
  const { members } = await listMembers(organizationId);
  return members.map((member) => ({ userId: member.user.id, label: member.user.name ?? member.user.email }));
}

export async function getWorkView(
  organizationId: string,
  userId: string,
  query: Record<string, string | string[] | undefined>,
) {
  const flat = Object.fromEntries(
    Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = ZWorkViewFilters.safeParse(flat);
  // A hand-edited or stale address still shows the list, unfiltered, with a notice.
  const filters: TWorkViewFilters = parsed.success ? parsed.data : ZWorkViewFilters.parse({});
  const search = filters.search ? readSearchToken(userId, filters.search) : null;
  const isSearchExpired = Boolean(filters.search && !search);
  const effective = isSearchExpired ? { ...filters, search: undefined } : filters;
  const [page, forms, members, services] = await Promise.all([
    listWorkView(organizationId, userId, effective, search),
    listForms(organizationId),
    memberOptions(organizationId),
    getPrisma().suomifiService.findMany({
      where: { connection: { organizationId } },
      select: { id: true, name: true, serviceId: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    filters: effective,
    isInvalidFilter: !parsed.success,
    isSearchExpired,
    search: search ? { name: search.name, idMasked: search.idMasked } : null,
    page,
    forms: forms.map((form) => ({ id: form.id, title: form.title, slug: form.slug })),
    members,
    services,
  };
}
