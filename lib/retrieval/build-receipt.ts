// The receipt acknowledgement a citizen gets for a retrieved form, in the submission's language.
import { z } from "zod";
import { localize, ZLanguage, ZLocalizedText, type TLanguage } from "@/lib/forms/localized-text";
import { outgoingTexts } from "@/lib/i18n/outgoing-texts";

const ZReceiptTemplate = z.object({ title: ZLocalizedText, body: ZLocalizedText });

/** The default receipt (lib/i18n/messages/outgoing/<language>.json, "receipt"), filled like an editor's own. */
const DEFAULT_TEMPLATE = {
  title: outgoingTexts.rawInEveryLocale("receipt.title"),
  body: outgoingTexts.rawInEveryLocale("receipt.body"),
};

function fill(template: string, values: { formName: string; reference: string }): string {
  return template.replaceAll("{formName}", values.formName).replaceAll("{reference}", values.reference);
}

export function buildReceipt(input: {
  receiptTemplate: unknown;
  formTitle: unknown;
  language: string;
  reference: string;
}): { title: string; body: string } {
  const language: TLanguage = ZLanguage.safeParse(input.language).data ?? "fi";
  const template = ZReceiptTemplate.safeParse(input.receiptTemplate).data ?? DEFAULT_TEMPLATE;
  const formName = localize(ZLocalizedText.safeParse(input.formTitle).data, language);
  const values = { formName, reference: input.reference };
  let body = fill(localize(template.body, language), values);
  // The reference must be in the receipt even if an edited template dropped the placeholder.
  if (!body.includes(input.reference)) body = `${body}\n\n${input.reference}`;
  return { title: fill(localize(template.title, language), values).slice(0, 256), body };
}
