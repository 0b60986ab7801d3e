import "server-only";
import { createOwner } from "@/lib/accounts/create-owner";
import { getPrisma } from "@/lib/db/prisma";

/** The demo organisation's owner. Development only: these are printed on first start and in the README. */
export const DEMO_OWNER = {
  email: "omistaja@demokunta.example",
  password: "Demokunta-salasana-2026",
  name: "Olli Omistaja",
  organizationSlug: "demo",
  organizationName: "Demokunta",
} as const;

/** Seeds the demo organisation once. Returns true when it was created now (first start). */
export async function seedDemo(): Promise<boolean> {
  const existing = await getPrisma().organization.findUnique({ where: { slug: DEMO_OWNER.organizationSlug } });
  if (existing) return false;
  await createOwner({ ...DEMO_OWNER });
  return true;
}
