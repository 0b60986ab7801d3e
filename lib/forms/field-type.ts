import type * as z from "zod";
import type { TAutocompletePolicy } from "./autocomplete";
import type { TAddressValue, TFileReference, TGroupRow } from "./answer-values";
import type { TFieldOfType, TFieldType } from "./definition";
import type { TLanguage } from "./localized-text";

/** Finnish postal-code information, provided by lib/forms/data/postal-codes.ts or any other source. */
export interface TPostalCodeInfo {
  postalCode: string;
  nameFi: string;
  nameSv: string;
  municipalityCode: string;
}
export type TPostalCodeLookup = (postalCode: string) => TPostalCodeInfo | undefined;

/** Large data sets are injected so the core bundle stays small. */
export interface TDataLookups {
  postalCode?: TPostalCodeLookup;
}

export interface TFieldIssue {
  path: Array<string | number>;
  message: string;
}

export interface TFieldContext {
  language: TLanguage;
  /** Today in Finland, YYYY-MM-DD; "not in the future/past" compare against it. */
  today: string;
  lookups: TDataLookups;
  /** Validates one repeating-group row (conditions and child fields); supplied by the answer validator. */
  validateRow?: (row: unknown, rowIndex: number) => { value: TGroupRow; issues: TFieldIssue[] };
}

export interface TAnswerValueByType {
  shortText: string;
  longText: string;
  number: number;
  email: string;
  phone: string;
  date: string;
  time: string;
  singleChoice: string;
  multipleChoice: string[];
  yesNo: boolean;
  consent: boolean;
  personalIdentityCode: string;
  businessId: string;
  vehicleRegistrationNumber: string;
  iban: string;
  postalCode: string;
  address: TAddressValue;
  municipality: string;
  country: string;
  file: TFileReference[];
  repeatingGroup: TGroupRow[];
}

/** Reads posted HTML form fields. Names follow `key`, `key.part`, `group[0].key`. */
export interface TFormInputReader {
  value(name: string): string | undefined;
  values(name: string): string[];
  names(): string[];
  files(name: string): TFileReference[] | undefined;
}

export interface TCoerceContext {
  coerceChild: (field: TFieldOfType<TFieldType>, name: string) => unknown;
}

export type TJsonSchema = { [key: string]: unknown };

export interface TFormatContext {
  lookups?: TDataLookups;
  /** Formats one repeating-group row; supplied by callers that know the registry. */
  formatRow?: (row: TGroupRow, rowIndex: number) => string;
}

export interface TMeasureContext {
  /** Worst-case formatted length of a child field of a repeating group, label included. */
  measureRowField?: (field: TFieldOfType<TFieldType>, language: TLanguage) => number;
}

export interface TFieldTypeDefinition<T extends TFieldType> {
  type: T;
  settingsSchema: z.ZodType;
  /** The value of an unanswered field, as a form renderer starts with it. */
  emptyValue: TAnswerValueByType[T] | null;
  isEmpty(value: unknown): boolean;
  /** Validates and normalises a non-empty value. Required checks happen before, in the answer validator. */
  buildValueSchema(field: TFieldOfType<T>, context: TFieldContext): z.ZodType<TAnswerValueByType[T]>;
  /** Turns posted HTML form strings into the typed value (best effort; the value schema judges it). */
  coerce(input: TFormInputReader, name: string, field: TFieldOfType<T>, context: TCoerceContext): unknown;
  /** Human-readable value in the given language, for the message body and summaries. */
  formatValue(
    value: TAnswerValueByType[T],
    field: TFieldOfType<T>,
    language: TLanguage,
    context?: TFormatContext,
  ): string;
  /** JSON Schema of the (normalised) answer value, for target systems. */
  toJsonSchema(field: TFieldOfType<T>): TJsonSchema;
  /**
   * The autocomplete token of the field's control (WCAG 1.3.5), which the editor may override per field, or
   * null when the type has no control a browser fills in.
   */
  autocomplete: TAutocompletePolicy<TFieldOfType<T>>;
  /** Upper bound of formatValue's length, used for the message-body budget. Infinity when unbounded. */
  maxFormattedLength(field: TFieldOfType<T>, language: TLanguage, context?: TMeasureContext): number;
}
