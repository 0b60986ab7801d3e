import { FinnishSSN } from "finnish-ssn";

/**
 * Finnish personal identity code (henkilötunnus), including the century signs added in 2023:
 * 1800s "+", 1900s "-" and Y X W V U, 2000s "A" and B C D E F.
 * finnish-ssn 2.1.2 accepts all of them (checked in henkilotunnus.test.ts against our own rules);
 * on top of it we reject individual numbers 000–001, which are never issued.
 */
const FORMAT = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])$/;
const CHECKSUM_TABLE = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const CENTURY_BY_SIGN: Record<string, number> = {
  "+": 1800,
  "-": 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

export function normaliseHenkilotunnus(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

/** Checksum character for DDMMYY + NNN, per the Digital and Population Data Services Agency's rules. */
export function henkilotunnusChecksum(dateDigits: string, individualNumber: string): string {
  return CHECKSUM_TABLE.charAt(Number(dateDigits + individualNumber) % 31);
}

/** Date of birth as YYYY-MM-DD, or undefined if the code is not valid. */
export function parseHenkilotunnus(value: string): { dateOfBirth: string } | undefined {
  const code = normaliseHenkilotunnus(value);
  const match = FORMAT.exec(code);
  if (!match) return undefined;
  const [, day, month, year, sign, individual, check] = match as unknown as string[];
  const century = CENTURY_BY_SIGN[sign!];
  if (century === undefined || Number(individual) < 2) return undefined;
  const fullYear = century + Number(year);
  const date = new Date(Date.UTC(fullYear, Number(month) - 1, Number(day)));
  if (
    date.getUTCFullYear() !== fullYear ||
    date.getUTCMonth() !== Number(month) - 1 ||
    date.getUTCDate() !== Number(day)
  ) {
    return undefined;
  }
  if (henkilotunnusChecksum(`${day}${month}${year}`, individual!) !== check) return undefined;
  // The package's own check must agree; it guards against a mistake in either implementation.
  if (!FinnishSSN.validate(code)) return undefined;
  return { dateOfBirth: `${fullYear}-${month}-${day}` };
}

export function isValidHenkilotunnus(value: string): boolean {
  return parseHenkilotunnus(value) !== undefined;
}

/** Why a code is refused, so the person can be told what to fix; undefined when it is valid. */
export function explainHenkilotunnusProblem(
  value: string,
): "format" | "dateOfBirth" | "individualNumber" | "checksum" | undefined {
  const code = normaliseHenkilotunnus(value);
  const match = FORMAT.exec(code);
  if (!match) return "format";
  if (parseHenkilotunnus(code)) return undefined;
  const [, day, month, year, sign, individual, check] = match as unknown as string[];
  const fullYear = (CENTURY_BY_SIGN[sign!] ?? 1900) + Number(year);
  const date = new Date(Date.UTC(fullYear, Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return "dateOfBirth";
  if (Number(individual) < 2) return "individualNumber";
  return henkilotunnusChecksum(`${day}${month}${year}`, individual!) !== check ? "checksum" : "format";
}
