// Read model of the admin submission list: no personal data, only what identifies and tracks a submission.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";

export type TSubmissionListItem = {
  id: string;
  reference: string;
  formSlug: string;
  status: string;
  createdAt: Date;
  lastHandedOffAt: Date | null;
  returnedAt: Date | null;
  retrievedAt: Date | null;
  deliveredAt: Date | null;
};

export async function listSubmissions(
  organizationId: string,
  options: { take?: number } = {},
): Promise<TSubmissionListItem[]> {
  const rows = await getPrisma().submission.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 200,
    select: {
      id: true,
      reference: true,
      status: true,
      createdAt: true,
      lastHandedOffAt: true,
      returnedAt: true,
      retrievedAt: true,
      deliveredAt: true,
      form: { select: { slug: true } },
    },
  });
  return rows.map(({ form, ...row }) => ({ ...row, formSlug: form.slug }));
}
