// The light, as-you-type half of validation: per-field rules with their messages already in the page's
// language, built on the server from the published definition and handed to the enhancement script as JSON.
// The script checks only what these rules say (required, length, pattern, the Finnish identifier formats);
// the server's full validator (lib/forms/validate-answers) stays the authority on every submit.
import type { TCondition } from "@/lib/forms/condition-definition";
import { isField, type TField, type TFieldType, type TFormDefinition } from "@/lib/forms/definition";
import { localize, type TLanguage } from "@/lib/forms/localized-text";
import { translateMessage, type TMessageKey, type TMessageParams } from "@/lib/forms/messages";

export type TClientRuleKind =
  | "text"
  | "multilineText"
  | "personalIdentityCode"
  | "businessId"
  | "vehicleRegistrationNumber"
  | "iban"
  | "postalCode"
  | "email"
  /** Only the required check (number, date, phone…: their formats are checked on the server). */
  | "presence";

export type TClientRule = {
  kind: TClientRuleKind;
  /** The field's label, for the spoken announcement "Label: message". */
  label: string;
  isRequired?: boolean;
  requiredIf?: TCondition;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  isFinnishOnly?: boolean;
  /** Address parts: the format applies only while this country control says Finland. */
  countryInput?: string;
  messages: {
    required?: string;
    invalid?: string;
    tooShort?: string;
    tooLong?: string;
    pattern?: string;
    notFinnish?: string;
  };
};

/** Input name → rule; rows of repeating groups use "group[].key" for every row. */
export type TClientRules = Record<string, TClientRule>;

/**
 * Exhaustive: a new field type does not compile until it says what the script checks as the person types
 * (null: nothing of its own; address and repeating groups are expanded into their parts below).
 */
const KIND_BY_TYPE: { readonly [T in TFieldType]: TClientRuleKind | null } = {
  shortText: "text",
  longText: "multilineText",
  number: "presence",
  email: "email",
  phone: "presence",
  date: "presence",
  time: "presence",
  singleChoice: null,
  multipleChoice: null,
  yesNo: null,
  consent: null,
  personalIdentityCode: "personalIdentityCode",
  businessId: "businessId",
  vehicleRegistrationNumber: "vehicleRegistrationNumber",
  iban: "iban",
  postalCode: "postalCode",
  address: null,
  municipality: null,
  country: null,
  file: null,
  repeatingGroup: null,
};

const INVALID_KEY: { readonly [K in TClientRuleKind]: TMessageKey | null } = {
  text: null,
  multilineText: null,
  presence: null,
  personalIdentityCode: "invalidPersonalIdentityCode",
  businessId: "invalidBusinessId",
  vehicleRegistrationNumber: "invalidVehicleRegistrationNumber",
  iban: "invalidIban",
  postalCode: "invalidPostalCode",
  email: "invalidEmail",
};

function messagesFor(field: TField, language: TLanguage) {
  const override = field.errorMessages?.invalid ? localize(field.errorMessages.invalid, language) : undefined;
  const invalid = (key: TMessageKey, params?: TMessageParams) =>
    override ?? translateMessage(language, key, params);
  const required = field.errorMessages?.required
    ? localize(field.errorMessages.required, language)
    : translateMessage(language, "required");
  return { invalid, required };
}

function ruleFor(field: TField, language: TLanguage): TClientRule | undefined {
  const kind = KIND_BY_TYPE[field.type];
  if (!kind) return undefined;
  const { invalid, required } = messagesFor(field, language);
  const rule: TClientRule = { kind, label: localize(field.label, language), messages: { required } };
  if (field.required) rule.isRequired = true;
  if (field.requiredIf) rule.requiredIf = field.requiredIf;
  const invalidKey = INVALID_KEY[kind];
  if (invalidKey) rule.messages.invalid = invalid(invalidKey);
  if (field.type === "shortText" || field.type === "longText") {
    const { minLength, maxLength } = field.settings;
    if (minLength !== undefined) {
      rule.minLength = minLength;
      rule.messages.tooShort = invalid("tooShort", { min: minLength });
    }
    rule.maxLength = maxLength;
    rule.messages.tooLong = invalid("tooLong", { max: maxLength });
  }
  if (field.type === "shortText" && field.settings.pattern !== undefined) {
    rule.pattern = field.settings.pattern;
    rule.messages.pattern = field.settings.patternMessage
      ? localize(field.settings.patternMessage, language)
      : invalid("patternMismatch");
  }
  if (field.type === "iban" && field.settings.isFinnishOnly) {
    rule.isFinnishOnly = true;
    rule.messages.notFinnish = invalid("ibanNotFinnish");
  }
  return rule;
}

function addRules(rules: TClientRules, field: TField, name: string, language: TLanguage): void {
  if (field.type === "repeatingGroup") {
    for (const child of field.fields) addRules(rules, child, `${name}[].${child.key}`, language);
    return;
  }
  if (field.type === "address") {
    const { invalid } = messagesFor(field, language);
    rules[`${name}.postalCode`] = {
      kind: "postalCode",
      label: localize(field.label, language),
      ...(field.settings.allowForeign ? { countryInput: `${name}.country` } : {}),
      messages: { invalid: invalid("invalidPostalCode") },
    };
    return;
  }
  const rule = ruleFor(field, language);
  if (rule) rules[name] = rule;
}

/** The rules of one page's fields. */
export function buildClientRules(
  definition: TFormDefinition,
  pageId: string,
  language: TLanguage,
): TClientRules {
  const page = definition.pages.find((candidate) => candidate.id === pageId);
  const rules: TClientRules = {};
  for (const element of page?.elements ?? []) {
    if (isField(element)) addRules(rules, element, element.key, language);
  }
  return rules;
}
