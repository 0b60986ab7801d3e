import type { TFormDefinition } from "./definition";
import type { TLanguage } from "./localized-text";

/** Sets one language of the text at a listTexts() path, e.g. "pages/0/elements/2/label". */
export function setTextAt(
  definition: TFormDefinition,
  path: string,
  language: TLanguage,
  value: string,
): TFormDefinition {
  const parts = path.split("/");
  const update = (node: unknown, depth: number): unknown => {
    if (depth === parts.length) {
      const text = { ...((node as Record<string, string> | undefined) ?? { fi: "" }) };
      if (value === "" && language !== "fi") delete text[language];
      else text[language] = value;
      return text;
    }
    const part = parts[depth]!;
    if (Array.isArray(node)) {
      const copy = [...node];
      copy[Number(part)] = update(copy[Number(part)], depth + 1);
      return copy;
    }
    const record = (node ?? {}) as Record<string, unknown>;
    return { ...record, [part]: update(record[part], depth + 1) };
  };
  return update(definition, 0) as TFormDefinition;
}
