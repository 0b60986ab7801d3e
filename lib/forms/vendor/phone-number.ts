import { parsePhoneNumberFromString } from "libphonenumber-js/min";

export interface TParsedPhoneNumber {
  e164: string;
  international: string;
  country: string | undefined;
}

/** Numbers without a country code are read as Finnish ("040 123 4567" → "+358401234567"). */
export function parsePhoneNumber(value: string): TParsedPhoneNumber | undefined {
  const trimmed = value.trim().replace(/^00/, "+");
  const parsed = parsePhoneNumberFromString(trimmed, "FI");
  if (!parsed || !parsed.isValid()) return undefined;
  return { e164: parsed.number, international: parsed.formatInternational(), country: parsed.country };
}
