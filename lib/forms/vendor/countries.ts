import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import fi from "i18n-iso-countries/langs/fi.json";
import sv from "i18n-iso-countries/langs/sv.json";
import type { TLanguage } from "../localized-text";

countries.registerLocale(fi);
countries.registerLocale(sv);
countries.registerLocale(en);

let alpha2Codes: string[] | undefined;

/** ISO 3166-1 alpha-2 codes, sorted. */
export function listCountryCodes(): string[] {
  alpha2Codes ??= Object.keys(countries.getAlpha2Codes()).sort();
  return alpha2Codes;
}

export function isCountryCode(code: string): boolean {
  return countries.isValid(code) && /^[A-Z]{2}$/.test(code);
}

export function getCountryName(code: string, language: TLanguage): string {
  return countries.getName(code, language) ?? code;
}

export function maxCountryNameLength(language: TLanguage): number {
  return Math.max(...Object.values(countries.getNames(language)).map((name) => name.length));
}
