import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { isAdminSessionActive } from "@/lib/auth/admin-sessions";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { hasPermission, type TPermission, type TRole } from "@/lib/auth/roles";
import type { TAuditActor } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";

export const CURRENT_ORG_COOKIE = "lomake-org";

export type TAdminContext = {
  user: { id: string; email: string; name: string | null };
  organization: { id: string; slug: string; name: string };
  role: TRole;
  memberships: { organizationId: string; slug: string; name: string; role: TRole }[];
  ip: string | null;
  /** This browser's AdminSession row. */
  sessionId: string;
  hasTwoFactor: boolean;
  /** The organisation requires two-factor sign-in and this user has not set it up yet. */
  mustEnrolTwoFactor: boolean;
};

/** The signed-in user in their current organisation, or null. Cached per request. */
export const getAdminContext = cache(async (): Promise<TAdminContext | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.userId) return null;
  const user = await getPrisma().user.findUnique({
    where: { id: session.userId },
    include: { memberships: { include: { organization: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!user || user.sessionVersion !== session.sessionVersion || user.memberships.length === 0) return null;
  if (!(await isAdminSessionActive(session.sessionId, user.id))) return null;
  const preferredSlug = (await cookies()).get(CURRENT_ORG_COOKIE)?.value;
  const current = user.memberships.find((m) => m.organization.slug === preferredSlug) ?? user.memberships[0]!;
  const ip = clientAddress(await headers(), getEnv().TRUSTED_PROXIES);
  return {
    user: { id: user.id, email: user.email, name: user.name },
    organization: {
      id: current.organization.id,
      slug: current.organization.slug,
      name: current.organization.name,
    },
    role: current.role,
    memberships: user.memberships.map((m) => ({
      organizationId: m.organizationId,
      slug: m.organization.slug,
      name: m.organization.name,
      role: m.role,
    })),
    ip,
    sessionId: session.sessionId!,
    hasTwoFactor: Boolean(user.totpEnabledAt),
    mustEnrolTwoFactor: current.organization.requireTwoFactor && !user.totpEnabledAt,
  };
});

/**
 * Guards an admin page or action. Not signed in → sign-in page. Signed in without the permission → 404,
 * so nobody learns what exists in an organisation they cannot use.
 */
export async function requireAdmin(permission: TPermission = "organization.read"): Promise<TAdminContext> {
  const context = await getAdminContext();
  if (!context) redirect("/admin/sign-in");
  if (context.mustEnrolTwoFactor) redirect("/admin/account/security");
  if (!hasPermission(context.role, permission)) notFound();
  return context;
}

/** For the account pages: signed in is enough (they are where two-factor sign-in is set up). */
export async function requireSignedIn(): Promise<TAdminContext> {
  const context = await getAdminContext();
  if (!context) redirect("/admin/sign-in");
  return context;
}

/** Who did it, for the audit log: the signed-in admin and their address. */
export function auditActor(context: Pick<TAdminContext, "user" | "ip">): TAuditActor {
  return { userId: context.user.id, email: context.user.email, ip: context.ip };
}
