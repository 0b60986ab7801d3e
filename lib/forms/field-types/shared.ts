import * as z from "zod";
import type { TFieldContext, TFormInputReader } from "../field-type";
import type { TFieldBase } from "../definition";
import { localize } from "../localized-text";
import { translateMessage, type TMessageKey, type TMessageParams } from "../messages";
import { cleanText } from "../clean-text";

/** Generic emptiness: nothing, blank text, or an empty list. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** The field's own "invalid" override if the editor wrote one, else the catalogue message. */
export function invalidMessage(
  field: TFieldBase,
  context: TFieldContext,
  key: TMessageKey,
  params?: TMessageParams,
): string {
  const override = field.errorMessages?.invalid;
  return override ? localize(override, context.language) : translateMessage(context.language, key, params);
}

/** A string that is trimmed, NFC-normalised and stripped of control characters except line breaks. */
export function cleanString(isMultiline = false) {
  return z.string().transform((value) => cleanText(value, isMultiline));
}

export function readText(input: TFormInputReader, name: string): string | undefined {
  return input.value(name);
}

/** Removes all whitespace (spaces people type into codes and numbers). */
export function compact(value: string): string {
  return value.replace(/\s+/g, "");
}

export function stringWithMessage(message: string) {
  return z.string({ error: message });
}
