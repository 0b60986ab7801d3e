import type { TFieldBase, TFieldType } from "./definition";
import { localize, type TLanguage } from "./localized-text";
import { translateMessage, type TMessageKey, type TMessageParams } from "./messages";

type TMessageField = Pick<TFieldBase, "label" | "errorMessages"> & { type: TFieldType };

const CHOOSE_TYPES: readonly TFieldType[] = [
  "singleChoice",
  "multipleChoice",
  "yesNo",
  "municipality",
  "country",
];

/**
 * A label as the object of "Anna …" / "Ange …" / "Enter …": trailing colons and asterisks dropped, and the
 * first letter lowered when the word is an ordinary capitalised one ("Postinumero" → "postinumero"; "IBAN" and
 * "Y-tunnus" stay as they are).
 */
export function labelInSentence(label: string): string {
  const text = label.trim().replace(/[\s:.*]+$/u, "");
  const [first = "", second = ""] = Array.from(text);
  const isLowerLetter = (character: string) =>
    character !== "" && character === character.toLowerCase() && character !== character.toUpperCase();
  const isUpperLetter = (character: string) =>
    character !== "" && character === character.toUpperCase() && character !== character.toLowerCase();
  return isUpperLetter(first) && isLowerLetter(second)
    ? first.toLowerCase() + text.slice(first.length)
    : text;
}

/**
 * The message of one rule for a field: the field's own text for that rule if the editor wrote one, else its
 * general "invalid" text, else the catalogue message.
 */
export function fieldMessage(
  field: Pick<TFieldBase, "errorMessages">,
  language: TLanguage,
  key: TMessageKey,
  params?: TMessageParams,
): string {
  const isPresenceKey = key === "required" || key.endsWith("Required");
  const own = field.errorMessages?.[key] ?? (isPresenceKey ? undefined : field.errorMessages?.invalid);
  return own ? localize(own, language) : translateMessage(language, key, params);
}

/** "Valitse vahingon laji", "Anna postinumero", "Vastaa kysymykseen ”Onko sinulla lapsia?”". */
export function requiredMessage(field: TMessageField, language: TLanguage): string {
  const own = field.errorMessages?.required;
  if (own) return localize(own, language);
  if (field.type === "consent") return translateMessage(language, "consentRequired");
  const label = localize(field.label, language).trim();
  if (label === "") return translateMessage(language, "required");
  if (label.endsWith("?")) return translateMessage(language, "requiredAnswer", { label });
  const key: TMessageKey = CHOOSE_TYPES.includes(field.type)
    ? "requiredChoose"
    : field.type === "file"
      ? "requiredAttach"
      : field.type === "repeatingGroup"
        ? "requiredAddRow"
        : "requiredEnter";
  return translateMessage(language, key, { label: labelInSentence(label) });
}

/** The messages an editor can replace for each field type (`errorMessages`), besides `required`. */
export const MESSAGE_KEYS_BY_TYPE: { readonly [T in TFieldType]: readonly TMessageKey[] } = {
  shortText: ["tooShort", "tooLong", "patternMismatch"],
  longText: ["tooShort", "tooLong"],
  number: ["notANumber", "notAnInteger", "tooManyDecimals", "numberTooSmall", "numberTooLarge"],
  email: ["invalidEmail"],
  phone: ["invalidPhone", "phoneNotFinnish"],
  date: ["invalidDate", "dateDoesNotExist", "dateTooEarly", "dateTooLate", "dateInFuture", "dateInPast"],
  time: ["invalidTime"],
  singleChoice: ["invalidChoice"],
  multipleChoice: ["invalidChoice", "tooFewSelections", "tooManySelections"],
  yesNo: [],
  consent: [],
  personalIdentityCode: [
    "invalidPersonalIdentityCode",
    "personalIdentityCodeChecksum",
    "personalIdentityCodeDate",
  ],
  businessId: ["invalidBusinessId"],
  vehicleRegistrationNumber: ["invalidVehicleRegistrationNumber"],
  iban: ["invalidIban", "ibanNotFinnish"],
  postalCode: ["invalidPostalCode", "unknownPostalCode"],
  address: [
    "streetRequired",
    "postalCodeRequired",
    "postOfficeRequired",
    "invalidPostalCode",
    "unknownPostalCode",
  ],
  municipality: ["invalidMunicipality"],
  country: ["invalidCountry"],
  file: ["fileTypeNotAllowed", "fileTooLarge", "tooFewFiles", "tooManyFiles"],
  repeatingGroup: ["tooFewRows", "tooManyRows"],
};
