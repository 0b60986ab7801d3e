import * as z from "zod";
import { ZAutocompleteToken } from "./autocomplete";
import { ZCondition } from "./condition-definition";
import { ZAddressSettings } from "./field-types/address";
import { ZBusinessIdSettings } from "./field-types/business-id";
import { ZVehicleRegistrationNumberSettings } from "./field-types/vehicle-registration-number";
import { ZConsentSettings } from "./field-types/consent";
import { ZCountrySettings } from "./field-types/country";
import { ZDateSettings } from "./field-types/date";
import { ZEmailSettings } from "./field-types/email";
import { ZFileSettings } from "./field-types/file";
import { ZIbanSettings } from "./field-types/iban";
import { ZLongTextSettings } from "./field-types/long-text";
import { ZMultipleChoiceSettings } from "./field-types/multiple-choice";
import { ZMunicipalitySettings } from "./field-types/municipality";
import { ZNumberSettings } from "./field-types/number";
import { ZPersonalIdentityCodeSettings } from "./field-types/personal-identity-code";
import { ZPhoneSettings } from "./field-types/phone";
import { ZPostalCodeSettings } from "./field-types/postal-code";
import { ZRepeatingGroupSettings } from "./field-types/repeating-group";
import { ZShortTextSettings } from "./field-types/short-text";
import { ZSingleChoiceSettings } from "./field-types/single-choice";
import { ZTimeSettings } from "./field-types/time";
import { ZYesNoSettings } from "./field-types/yes-no";
import { ZFieldRule } from "./field-rule-definition";
import { PREFILL_SOURCES } from "./identity-prefill";
import { ZLanguage, ZLocalizedText } from "./localized-text";
import { MESSAGE_KEYS } from "./messages";
import { findUnstorableText } from "./unstorable-text";

export const UNSTORABLE_TEXT_MESSAGE =
  "Contains a NUL character or an unpaired surrogate, which cannot be stored.";

export const SCHEMA_VERSION = 1;

/** Machine name that target systems see; also the HTML input name. Letters, digits and underscores. */
export const ZFieldKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/);
/** Identifier of a page, heading or info text. */
export const ZElementId = z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/);

const fieldBase = {
  key: ZFieldKey,
  label: ZLocalizedText,
  hint: ZLocalizedText.optional(),
  required: z.boolean().default(false),
  /** Shown only when this holds; hidden fields are neither validated nor submitted. */
  visibleIf: ZCondition.optional(),
  /** Required when this holds (in addition to `required`). */
  requiredIf: ZCondition.optional(),
  /**
   * The field's own messages: `required`, `invalid` (every format rule) or any one rule by its message key
   * (`tooShort`, `dateTooLate`, `invalidPostalCode`…), overriding the default messages.
   */
  errorMessages: z.partialRecord(z.enum(MESSAGE_KEYS), ZLocalizedText).optional(),
  /** Rules between this field and others, each with its own message; checked when this field is shown. */
  rules: z.array(ZFieldRule).max(10).optional(),
  /** Filled from Suomi.fi Identification when the person has identified (not editable then). */
  prefill: z.enum(PREFILL_SOURCES).optional(),
  /** The control's autocomplete token (WCAG 1.3.5) when the type's own (field-type registry) is not right. */
  autocomplete: ZAutocompleteToken.optional(),
};

function field<T extends string, S extends z.ZodObject>(type: T, settings: S) {
  const id = `${type.charAt(0).toUpperCase()}${type.slice(1)}Field`;
  return z
    .object({ type: z.literal(type), ...fieldBase, settings: settings.prefault({} as z.input<S>) })
    .strict()
    .meta({ id });
}

const SIMPLE_FIELD_SCHEMAS = [
  field("shortText", ZShortTextSettings),
  field("longText", ZLongTextSettings),
  field("number", ZNumberSettings),
  field("email", ZEmailSettings),
  field("phone", ZPhoneSettings),
  field("date", ZDateSettings),
  field("time", ZTimeSettings),
  field("singleChoice", ZSingleChoiceSettings),
  field("multipleChoice", ZMultipleChoiceSettings),
  field("yesNo", ZYesNoSettings),
  field("consent", ZConsentSettings),
  field("personalIdentityCode", ZPersonalIdentityCodeSettings),
  field("businessId", ZBusinessIdSettings),
  field("vehicleRegistrationNumber", ZVehicleRegistrationNumberSettings),
  field("iban", ZIbanSettings),
  field("postalCode", ZPostalCodeSettings),
  field("address", ZAddressSettings),
  field("municipality", ZMunicipalitySettings),
  field("country", ZCountrySettings),
  field("file", ZFileSettings),
] as const;

/** Any field that can sit inside a repeating group (groups do not nest). */
export const ZSimpleField = z.discriminatedUnion("type", SIMPLE_FIELD_SCHEMAS);
export type TSimpleField = z.infer<typeof ZSimpleField>;

export const ZRepeatingGroupField = z
  .object({
    type: z.literal("repeatingGroup"),
    ...fieldBase,
    settings: ZRepeatingGroupSettings.prefault({}),
    fields: z.array(ZSimpleField),
  })
  .strict()
  .meta({ id: "RepeatingGroupField" });
export type TRepeatingGroupField = z.infer<typeof ZRepeatingGroupField>;

export const ZField = z.discriminatedUnion("type", [...SIMPLE_FIELD_SCHEMAS, ZRepeatingGroupField]);
export type TField = z.infer<typeof ZField>;
export type TFieldType = TField["type"];
export type TFieldOfType<T extends TFieldType> = Extract<TField, { type: T }>;
/** What every field has, whatever its type. */
export type TFieldBase = Pick<
  TField,
  | "key"
  | "label"
  | "hint"
  | "required"
  | "visibleIf"
  | "requiredIf"
  | "errorMessages"
  | "rules"
  | "autocomplete"
>;

export const FIELD_TYPES = [
  ...SIMPLE_FIELD_SCHEMAS.map((schema) => schema.shape.type.value),
  "repeatingGroup",
] as TFieldType[];

export const ZHeading = z
  .object({
    type: z.literal("heading"),
    id: ZElementId,
    text: ZLocalizedText,
    visibleIf: ZCondition.optional(),
  })
  .strict()
  .meta({ id: "Heading" });
export type THeading = z.infer<typeof ZHeading>;

/** Safe Markdown: links, lists, emphasis. Raw HTML is shown as text, never rendered. */
export const ZInfoText = z
  .object({
    type: z.literal("info"),
    id: ZElementId,
    markdown: ZLocalizedText,
    visibleIf: ZCondition.optional(),
  })
  .strict()
  .meta({ id: "InfoText" });
export type TInfoText = z.infer<typeof ZInfoText>;

export const ZElement = z.discriminatedUnion("type", [
  ZHeading,
  ZInfoText,
  ...SIMPLE_FIELD_SCHEMAS,
  ZRepeatingGroupField,
]);
export type TElement = z.infer<typeof ZElement>;

export const ZPage = z
  .object({
    id: ZElementId,
    title: ZLocalizedText,
    description: ZLocalizedText.optional(),
    /** A hidden page is skipped; its fields are neither validated nor submitted. */
    visibleIf: ZCondition.optional(),
    elements: z.array(ZElement),
  })
  .strict()
  .meta({ id: "Page" });
export type TPage = z.infer<typeof ZPage>;

/** Shown instead of the next step when a stop rule holds: why the form ends here and what to do instead. */
export const ZExitPage = z
  .object({
    id: ZElementId,
    title: ZLocalizedText,
    /** Safe Markdown: links to the right service, lists of what to do instead. */
    body: ZLocalizedText,
  })
  .strict()
  .meta({ id: "ExitPage" });
export type TExitPage = z.infer<typeof ZExitPage>;

/** "When this holds, end the form with that exit page": the form cannot be sent while it holds. */
export const ZStopRule = z
  .object({
    when: ZCondition,
    /** Id of one of the form's exit pages. */
    exitPage: ZElementId,
  })
  .strict()
  .meta({ id: "StopRule" });
export type TStopRule = z.infer<typeof ZStopRule>;

export const ZFormDefinition = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** Languages the form is offered in; Finnish always. Texts of every listed language must be complete to publish. */
    languages: z
      .array(ZLanguage)
      .min(1)
      .refine((languages) => languages.includes("fi"), {
        error: "Finnish (fi) must be one of the languages.",
      })
      .refine((languages) => new Set(languages).size === languages.length, {
        error: "Each language only once.",
      })
      .default(["fi"]),
    title: ZLocalizedText,
    description: ZLocalizedText.optional(),
    /** Safe Markdown shown before the first page. */
    instructions: ZLocalizedText.optional(),
    /** Optional opening and closing moments (ISO 8601 with offset), e.g. a grant's closing date. */
    availability: z
      .object({
        opensAt: z.iso.datetime({ offset: true }).optional(),
        closesAt: z.iso.datetime({ offset: true }).optional(),
      })
      .strict()
      .optional(),
    pages: z.array(ZPage).min(1),
    /** Pages that end the form early; shown only through stop rules. */
    exitPages: z.array(ZExitPage).max(20).optional(),
    /** Checked in order after each step; the first that holds ends the form with its exit page. */
    stopRules: z.array(ZStopRule).max(20).optional(),
  })
  .strict()
  .superRefine((definition, context) => {
    // jsonb cannot store NUL or unpaired surrogates: refused here with a message, never a database error.
    for (const path of findUnstorableText(definition)) {
      context.addIssue({ code: "custom", path, message: UNSTORABLE_TEXT_MESSAGE });
    }
  });
export type TFormDefinition = z.infer<typeof ZFormDefinition>;
/** A definition as written in JSON, before defaults are filled in. */
export type TFormDefinitionInput = z.input<typeof ZFormDefinition>;

export function isField(element: TElement): element is TField {
  return element.type !== "heading" && element.type !== "info";
}
