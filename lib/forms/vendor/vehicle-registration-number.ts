// Finnish vehicle registration numbers (rekisteritunnus). No maintained package validates them, so the rules
// are written out here, small enough for the enhancement script. Formats (Traficom's plate rules as summarised
// in public references):
// - ordinary, personalised and Åland plates: 1–3 letters of the Finnish alphabet (A–Z, Å, Ä, Ö), a hyphen,
//   1–3 digits not starting with 0: "ABC-123", "XY-1", "ÅLA-12" (one- and two-letter forms are personalised,
//   export and narrow "N" plates);
// - diplomatic plates: "C" with up to five digits or "CD" with up to four: "C-12345", "CD-1234".
// Mopeds, trailers' "PW" series and temporary test plates follow the first rule or are out of scope.

const ORDINARY = /^([A-ZÅÄÖ]{1,3})-([1-9]\d{0,2})$/u;
const DIPLOMATIC = /^(C-[1-9]\d{0,4}|CD-[1-9]\d{0,3})$/u;
const DASHES = /[\u2010-\u2015\u2212\u00b7\u2027.:_]/gu;

export const VEHICLE_REGISTRATION_NUMBER_PATTERN =
  "^(?:[A-ZÅÄÖ]{1,3}-[1-9][0-9]{0,2}|C-[1-9][0-9]{0,4}|CD-[1-9][0-9]{0,3})$";
export const VEHICLE_REGISTRATION_NUMBER_MAX_LENGTH = 8;

/** "abc 123", "ABC–123", "abc123" → "ABC-123": upper case, no spaces, one hyphen between letters and digits. */
export function normaliseVehicleRegistrationNumber(value: string): string {
  const compacted = value.normalize("NFC").toUpperCase().replace(/\s+/gu, "").replace(DASHES, "-");
  const withHyphen = /^([A-ZÅÄÖ]+)(\d+)$/u.exec(compacted);
  return withHyphen ? `${withHyphen[1]}-${withHyphen[2]}` : compacted;
}

/** True for a normalised number in one of the formats above. */
export function isValidVehicleRegistrationNumber(value: string): boolean {
  const normalised = normaliseVehicleRegistrationNumber(value);
  return ORDINARY.test(normalised) || DIPLOMATIC.test(normalised);
}
