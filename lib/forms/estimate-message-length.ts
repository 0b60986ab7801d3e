import { isField, type TField, type TFormDefinition } from "./definition";
import { getFieldType } from "./field-type-registry";
import { localize, type TLanguage } from "./localized-text";
import { MESSAGE_HEADER_RESERVE } from "./render-answers-text";

/** Longest possible "Label: value" block of one field (with its line break), as renderAnswersText writes it. */
export function measureFieldWorstCase(field: TField, language: TLanguage): number {
  const type = getFieldType(field.type) as unknown as {
    maxFormattedLength: (field: TField, language: TLanguage, context: object) => number;
  };
  const valueLength = type.maxFormattedLength(field, language, {
    measureRowField: (child: TField, childLanguage: TLanguage) => measureFieldWorstCase(child, childLanguage),
  });
  // Label, ": " or ":\n", the value, and the line break after it.
  return localize(field.label, language).length + 2 + Math.max(valueLength, 1) + 1;
}

export interface TMessageLengthEstimate {
  language: TLanguage;
  /** Worst case, header reserve included. */
  worstCase: number;
  /** The fields that take the most room, biggest first (for the editor's hint). */
  largestFields: Array<{ key: string; length: number }>;
}

/** Worst-case message-body length per enabled language, as if every field were shown and filled to its limits. */
export function estimateMessageLength(definition: TFormDefinition): TMessageLengthEstimate[] {
  return definition.languages.map((language) => {
    let total = localize(definition.title, language).length + 1 + MESSAGE_HEADER_RESERVE;
    const perField: Array<{ key: string; length: number }> = [];
    for (const page of definition.pages) {
      total += 2 + localize(page.title, language).length + 1;
      for (const element of page.elements) {
        if (!isField(element)) continue;
        const length = measureFieldWorstCase(element, language);
        perField.push({ key: element.key, length });
        total += length;
      }
    }
    perField.sort((a, b) => b.length - a.length);
    return { language, worstCase: total, largestFields: perField.slice(0, 5) };
  });
}
