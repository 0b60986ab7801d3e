import type { TFieldTypeDefinition } from "./field-type";
import type { TFieldType } from "./definition";
import { addressFieldType } from "./field-types/address";
import { businessIdFieldType } from "./field-types/business-id";
import { consentFieldType } from "./field-types/consent";
import { countryFieldType } from "./field-types/country";
import { dateFieldType } from "./field-types/date";
import { emailFieldType } from "./field-types/email";
import { fileFieldType } from "./field-types/file";
import { ibanFieldType } from "./field-types/iban";
import { longTextFieldType } from "./field-types/long-text";
import { multipleChoiceFieldType } from "./field-types/multiple-choice";
import { municipalityFieldType } from "./field-types/municipality";
import { numberFieldType } from "./field-types/number";
import { personalIdentityCodeFieldType } from "./field-types/personal-identity-code";
import { phoneFieldType } from "./field-types/phone";
import { postalCodeFieldType } from "./field-types/postal-code";
import { repeatingGroupFieldType } from "./field-types/repeating-group";
import { shortTextFieldType } from "./field-types/short-text";
import { singleChoiceFieldType } from "./field-types/single-choice";
import { timeFieldType } from "./field-types/time";
import { vehicleRegistrationNumberFieldType } from "./field-types/vehicle-registration-number";
import { yesNoFieldType } from "./field-types/yes-no";

/** Exhaustive: a new field type does not compile until it has its validator, empty value, formatting and JSON Schema. */
export const FIELD_TYPE_REGISTRY: { readonly [T in TFieldType]: TFieldTypeDefinition<T> } = {
  shortText: shortTextFieldType,
  longText: longTextFieldType,
  number: numberFieldType,
  email: emailFieldType,
  phone: phoneFieldType,
  date: dateFieldType,
  time: timeFieldType,
  singleChoice: singleChoiceFieldType,
  multipleChoice: multipleChoiceFieldType,
  yesNo: yesNoFieldType,
  consent: consentFieldType,
  personalIdentityCode: personalIdentityCodeFieldType,
  businessId: businessIdFieldType,
  vehicleRegistrationNumber: vehicleRegistrationNumberFieldType,
  iban: ibanFieldType,
  postalCode: postalCodeFieldType,
  address: addressFieldType,
  municipality: municipalityFieldType,
  country: countryFieldType,
  file: fileFieldType,
  repeatingGroup: repeatingGroupFieldType,
};

/** The registry entry for a field, typed loosely for generic code that loops over fields of any type. */
export function getFieldType<T extends TFieldType>(type: T): TFieldTypeDefinition<T> {
  return FIELD_TYPE_REGISTRY[type] as TFieldTypeDefinition<T>;
}
