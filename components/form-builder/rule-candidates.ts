// Pure: which fields a rule of a field may read.
import type { TField, TFormDefinition } from "@/lib/forms/definition";
import { listFieldNodes } from "@/lib/forms/walk-definition";

/**
 * Rules are checked after the whole page or row is filled, so any other field may be read, earlier or later:
 * outside repeating groups any field outside groups; inside a group the fields of the same row and those.
 */
export function ruleCandidates(definition: TFormDefinition, field: TField): TField[] {
  const nodes = listFieldNodes(definition);
  const own = nodes.find((node) => node.element.key === field.key);
  return nodes
    .filter((node) => node.element.key !== field.key)
    .filter((node) => !node.group || node.group === own?.group)
    .filter((node) => node.element.type !== "repeatingGroup" || !own?.group)
    .map((node) => node.element);
}
