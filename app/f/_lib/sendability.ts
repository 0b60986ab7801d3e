import "server-only";
import { citizenText, formatDateTime } from "@/components/citizen/citizen-messages";
import { formAvailability, formClosesAt } from "@/lib/citizen/load-public-form";
import { localize } from "@/lib/forms/localized-text";
import type { TFormContext } from "./form-context";

/** Why the form cannot be sent now (closed, not open, paused, no Suomi.fi service), or undefined. */
export function sendBlockMessage(context: TFormContext): string | undefined {
  const { form, language } = context;
  const availability = formAvailability(form);
  if (availability === "closed")
    return localize(form.closedMessage ?? undefined, language) || citizenText(language, "formClosed");
  if (availability === "notYetOpen")
    return citizenText(language, "formNotYetOpen", {
      date: form.opensAt ? formatDateTime(form.opensAt, language) : "",
    });
  if (form.isPaused)
    return localize(form.pauseMessage ?? undefined, language) || citizenText(language, "formPaused");
  if (!form.suomifi) return citizenText(language, "formNotSendable");
  return undefined;
}

export function closesAtText(context: TFormContext): string | undefined {
  const closes = formClosesAt(context.form);
  return closes ? formatDateTime(closes, context.language) : undefined;
}
