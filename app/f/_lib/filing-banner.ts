// The line every page of a draft filed on behalf shows (fi/sv/en): whom the person is filing for.
import { filingText } from "@/components/citizen/filing-messages";
import { isOnBehalf, type TFiling } from "@/lib/citizen/filing";
import type { TLanguage } from "@/lib/forms/localized-text";

/** The line every page of an on-behalf draft shows: whom the person is filing for. */
export function filingBanner(language: TLanguage, filing: TFiling | null): string | undefined {
  if (!isOnBehalf(filing)) return undefined;
  return filing.principal.kind === "company"
    ? filingText(language, "bannerCompany", { name: filing.principal.name, id: filing.principal.id })
    : filingText(language, "bannerPerson", { name: filing.principal.name });
}
