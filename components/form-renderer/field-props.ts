import type { ReactNode } from "react";
import type { TField, TFieldOfType, TFieldType } from "@/lib/forms/definition";
import { localize, type TLanguage } from "@/lib/forms/localized-text";
import { evaluateCondition } from "@/lib/forms/conditions";

export type TFieldRendererProps<T extends TFieldType = TFieldType> = {
  field: TFieldOfType<T>;
  /** HTML input name: `key`, or `group[0].key` inside a repeating group. */
  name: string;
  value: unknown;
  errors: Record<string, string>;
  language: TLanguage;
  idPrefix: string;
  /** Renders a child field (repeating-group rows); supplied by FormStep. */
  renderField: (field: TField, name: string, value: unknown, resolve: (key: string) => unknown) => ReactNode;
  /** Current value of any field by key, for conditions (row fields first inside a group). */
  resolve: (key: string) => unknown;
};

export type TFieldRenderer<T extends TFieldType> = (props: TFieldRendererProps<T>) => ReactNode;

export function fieldLabel(field: TField, language: TLanguage): string {
  return localize(field.label, language);
}

export function fieldHint(field: TField, language: TLanguage): string | undefined {
  const hint = localize(field.hint, language);
  return hint === "" ? undefined : hint;
}

/** Optional unless required, conditionally required now, or a consent (always required when shown). */
export function isFieldOptional(field: TField, resolve: (key: string) => unknown): boolean {
  if (field.required || field.type === "consent") return false;
  if (field.requiredIf && evaluateCondition(field.requiredIf, resolve)) return false;
  return field.requiredIf === undefined;
}

export function asString(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}
