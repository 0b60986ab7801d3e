// The organisation's own text for Suomi.fi's notification of a new message (the e-mail or text message that
// tells the citizen to look in their mailbox), set per form for its case messages. Suomi.fi takes it only in all
// three languages; anything less (or nothing) leaves Suomi.fi's own notification.
import { z } from "zod";

const ZTriLingual = z.object({
  fi: z.string().trim().min(1),
  sv: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
const ZCaseNotification = z.object({ title: ZTriLingual, content: ZTriLingual });

export type TCustomisedNotification = z.infer<typeof ZCaseNotification>;

/** The `customisedNewMessageNotification` to send, or nothing (then Suomi.fi's own). */
export function customisedNotification(
  stored: unknown,
): { customisedNewMessageNotification: TCustomisedNotification } | Record<string, never> {
  const parsed = ZCaseNotification.safeParse(stored);
  return parsed.success ? { customisedNewMessageNotification: parsed.data } : {};
}
