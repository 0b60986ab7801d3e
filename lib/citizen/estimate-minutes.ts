import { isField, type TFormDefinition } from "@/lib/forms/definition";

/** A rough filling time for the start page: about half a minute a field, long texts and files more. */
export function estimateMinutes(definition: TFormDefinition): number {
  let seconds = 60;
  for (const page of definition.pages) {
    for (const element of page.elements.filter(isField)) {
      seconds +=
        element.type === "longText"
          ? 180
          : element.type === "file"
            ? 120
            : element.type === "repeatingGroup"
              ? 120
              : 30;
    }
  }
  return Math.max(5, Math.ceil(seconds / 60 / 5) * 5);
}
