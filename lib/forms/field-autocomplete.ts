import type { TAutocompletePolicy, TAutocompleteToken } from "./autocomplete";
import type { TField, TFieldType } from "./definition";
import { getFieldType } from "./field-type-registry";

/** Whether fields of the type have a control whose autocomplete token the editor can choose. */
export function hasAutocomplete(type: TFieldType): boolean {
  return getFieldType(type).autocomplete !== null;
}

/** The token the type (and the field's prefill binding) gives, before the editor's own choice. */
export function defaultAutocomplete(field: TField): TAutocompleteToken | undefined {
  const policy = getFieldType(field.type).autocomplete as TAutocompletePolicy<TField>;
  return policy ? policy(field) : undefined;
}

/** The field's autocomplete attribute: the editor's choice, else the type's; undefined for types without one. */
export function fieldAutocomplete(field: TField): TAutocompleteToken | undefined {
  if (!hasAutocomplete(field.type)) return undefined;
  return field.autocomplete ?? defaultAutocomplete(field);
}
