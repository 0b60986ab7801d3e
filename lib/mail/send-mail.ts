import "server-only";
import nodemailer from "nodemailer";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";

export type TMail = { to: string; subject: string; text: string };

let transport: nodemailer.Transporter | undefined;

/** Sends when SMTP_URL is configured; otherwise returns false so the caller shows the link instead. */
export async function sendMail(mail: TMail): Promise<boolean> {
  const env = getEnv();
  if (!env.SMTP_URL) return false;
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  try {
    await transport.sendMail({ from: env.SMTP_FROM, ...mail });
    return true;
  } catch (error) {
    logger.error({ err: error }, "sending e-mail failed");
    return false;
  }
}

export function isMailConfigured(): boolean {
  return Boolean(getEnv().SMTP_URL);
}
