import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, ZNewPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";

export const ZCreateOwner = z.object({
  email: z.email().transform((email) => email.trim().toLowerCase()),
  password: ZNewPassword,
  name: z.string().trim().min(1).max(200).optional(),
  organizationSlug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "lowercase letters, digits and dashes"),
  organizationName: z.string().trim().min(1).max(200),
});

/** Creates (or reuses) an organisation and makes the user its owner. Used by the CLI and the demo seed. */
export async function createOwner(input: z.infer<typeof ZCreateOwner>) {
  const passwordHash = await hashPassword(input.password);
  return getPrisma().$transaction(async (tx) => {
    const organization = await tx.organization.upsert({
      where: { slug: input.organizationSlug },
      create: { slug: input.organizationSlug, name: input.organizationName, createdAt: now() },
      update: {},
    });
    const user = await tx.user.upsert({
      where: { email: input.email },
      create: { email: input.email, name: input.name ?? null, passwordHash, createdAt: now() },
      update: { passwordHash },
    });
    await tx.membership.upsert({
      where: { organizationId_userId: { organizationId: organization.id, userId: user.id } },
      create: { organizationId: organization.id, userId: user.id, role: "owner", createdAt: now() },
      update: { role: "owner" },
    });
    await recordAuditEvent(
      {
        organizationId: organization.id,
        actor: { email: "cli" },
        action: "member.owner_created",
        objectType: "user",
        objectId: user.id,
      },
      tx,
    );
    return { organization, user };
  });
}
