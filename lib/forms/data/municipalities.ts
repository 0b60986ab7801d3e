import type { TLanguage } from "../localized-text";
import { MUNICIPALITY_ROWS } from "./municipalities.generated";

export interface TMunicipality {
  /** Statistics Finland's three-digit municipality code, e.g. "091". */
  code: string;
  nameFi: string;
  nameSv: string;
}

let municipalityByCode: Map<string, TMunicipality> | undefined;

export function listMunicipalities(): TMunicipality[] {
  return MUNICIPALITY_ROWS.map(([code, nameFi, nameSv]) => ({ code, nameFi, nameSv }));
}

export function findMunicipality(code: string): TMunicipality | undefined {
  municipalityByCode ??= new Map(
    listMunicipalities().map((municipality) => [municipality.code, municipality]),
  );
  return municipalityByCode.get(code);
}

/** Swedish name for Swedish; the Finnish name otherwise (English uses the Finnish names). */
export function municipalityName(municipality: TMunicipality, language: TLanguage): string {
  return language === "sv" ? municipality.nameSv : municipality.nameFi;
}
