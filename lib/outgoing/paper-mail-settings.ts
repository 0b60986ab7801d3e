// The organisation's paper mail settings: whether Suomi.fi may print and post letters, and the return address.
import "server-only";
import { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/prisma";
import type { TAddress } from "@/lib/suomifi/rest-schemas";

export const ZPaperMailSender = z.object({
  name: z.string().trim().min(1).max(100),
  streetAddress: z.string().trim().min(1).max(100),
  zipCode: z.string().trim().min(1).max(20),
  city: z.string().trim().min(1).max(50),
  countryCode: z
    .string()
    .trim()
    .length(2)
    .transform((code) => code.toUpperCase()),
});

export const ZSavePaperMailSettings = z
  .object({
    // A checkbox: "on" when checked, absent when not.
    isPaperMailEnabled: z
      .enum(["on", "true"])
      .optional()
      .transform((value) => value !== undefined),
    name: z.string().default(""),
    streetAddress: z.string().default(""),
    zipCode: z.string().default(""),
    city: z.string().default(""),
    countryCode: z.string().default("FI"),
  })
  .transform((input, context) => {
    const sender = ZPaperMailSender.safeParse(input);
    // The return address is needed only to turn paper mail on; an owner may turn it off with the fields empty.
    if (input.isPaperMailEnabled && !sender.success) {
      context.addIssue({ code: "custom", path: ["name"], message: "senderAddressRequired" });
      return z.NEVER;
    }
    return { isPaperMailEnabled: input.isPaperMailEnabled, sender: sender.success ? sender.data : null };
  });

export type TPaperMailSettings = { isPaperMailEnabled: boolean; sender: TAddress | null };

export async function readPaperMailSettings(organizationId: string): Promise<TPaperMailSettings> {
  const organization = await getPrisma().organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { isPaperMailEnabled: true, paperMailSender: true },
  });
  return {
    isPaperMailEnabled: organization.isPaperMailEnabled,
    sender: ZPaperMailSender.safeParse(organization.paperMailSender).data ?? null,
  };
}

export async function savePaperMailSettings(
  organizationId: string,
  input: z.output<typeof ZSavePaperMailSettings>,
  actor: TAuditActor,
): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    await tx.organization.update({
      where: { id: organizationId },
      data: {
        isPaperMailEnabled: input.isPaperMailEnabled,
        ...(input.sender ? { paperMailSender: input.sender } : {}),
      },
    });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "suomifi.paper_mail_saved",
        objectType: "organization",
        objectId: organizationId,
        details: { isPaperMailEnabled: input.isPaperMailEnabled },
      },
      tx,
    );
  });
}
