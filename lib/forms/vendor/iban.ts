import FinnishBankUtils from "finnish-bank-utils";
import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from "ibantools";

/** Electronic format: no spaces, upper case. */
export function normaliseIban(value: string): string {
  return electronicFormatIBAN(value.replace(/[\s-]+/g, "")) ?? "";
}

/**
 * Mod-97 and the country's length and structure (ibantools); Finnish IBANs (18 characters) also get the
 * domestic account-number check digit (finnish-bank-utils).
 */
export function isValidIban(value: string): boolean {
  const iban = normaliseIban(value);
  if (!isValidIBAN(iban)) return false;
  if (iban.startsWith("FI")) return iban.length === 18 && FinnishBankUtils.isValidFinnishIBAN(iban);
  return true;
}

/** Groups of four for people: "FI49 5000 9420 0287 30". */
export function formatIban(value: string): string {
  return friendlyFormatIBAN(normaliseIban(value)) ?? value;
}
