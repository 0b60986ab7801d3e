import type { TFileReference } from "./answer-values";
import { isField, type TField, type TFormDefinition } from "./definition";
import type { TCoerceContext, TFormInputReader } from "./field-type";
import { getFieldType } from "./field-type-registry";

/** Fields of a posted HTML form (application/x-www-form-urlencoded or multipart), repeated names as arrays. */
export type TPostedForm = Record<string, string | string[] | undefined>;

export interface TCoerceFormInputOptions {
  /** Uploaded files by input name (e.g. "photos", "expenses[0].receipt"), already stored by the host. */
  files?: Record<string, TFileReference[]>;
}

/** Typed but not yet validated answers; feed them to buildAnswerSchema. */
export type TRawAnswers = Record<string, unknown>;

function createReader(posted: TPostedForm, files: Record<string, TFileReference[]>): TFormInputReader {
  return {
    value(name) {
      const raw = posted[name];
      return Array.isArray(raw) ? raw[0] : raw;
    },
    values(name) {
      const raw = posted[name];
      return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    },
    names: () => [...Object.keys(posted), ...Object.keys(files)],
    files: (name) => files[name],
  };
}

/**
 * Turns posted HTML form fields into typed answer values for one page (or every page without pageId).
 * Input names: `key`; address parts `key.street`, `key.postalCode`, `key.postOffice`, `key.country`;
 * multiple choice repeats `key`; yes/no posts "yes"/"no"; consent any of "on"/"true"/"yes"/"1";
 * repeating-group rows `group[0].key` (rows ordered by index, gaps closed);
 * files come from `options.files[name]` or as JSON file references posted under `key`.
 * Never throws; strings that are not valid stay strings so the validator can report them.
 */
export function coerceFormInput(
  definition: TFormDefinition,
  pageId: string | undefined,
  posted: TPostedForm,
  options: TCoerceFormInputOptions = {},
): TRawAnswers {
  const reader = createReader(posted, options.files ?? {});
  const context: TCoerceContext = {
    coerceChild: (field, name) => coerceField(field, name),
  };
  function coerceField(field: TField, name: string): unknown {
    const type = getFieldType(field.type) as unknown as {
      coerce: (input: TFormInputReader, name: string, field: TField, context: TCoerceContext) => unknown;
    };
    return type.coerce(reader, name, field, context);
  }
  const answers: TRawAnswers = {};
  for (const page of definition.pages) {
    if (pageId !== undefined && page.id !== pageId) continue;
    for (const element of page.elements) {
      if (!isField(element)) continue;
      const value = coerceField(element, element.key);
      if (value !== undefined) answers[element.key] = value;
    }
  }
  return answers;
}
