// Browser-safe and pure: what changed between two form definitions, in terms an editor understands.
import { isField, type TElement, type TFormDefinition, type TPage } from "@/lib/forms/definition";
import { LANGUAGES, type TLanguage, type TLocalizedText } from "@/lib/forms/localized-text";
import { elementName, listElementNodes } from "@/lib/forms/walk-definition";

export interface TChangeDetail {
  /** "label", "hint", "settings.maxLength", "choices.vehicle.label", "visibleIf"… */
  property: string;
  kind: "text" | "setting";
  language?: TLanguage;
  before?: string;
  after?: string;
}

export interface TItemChange {
  kind: "added" | "removed" | "changed";
  /** Field key, or the id of a page, heading or info text. */
  id: string;
  /** The Finnish label or title (of the newer side when both exist). */
  label: string;
  type?: string;
  pageId?: string;
  /** The element sits on another page or in another order relative to the others. */
  isMoved?: boolean;
  details: TChangeDetail[];
}

export interface TDefinitionDiff {
  form: TChangeDetail[];
  pages: TItemChange[];
  elements: TItemChange[];
  isEmpty: boolean;
}

type TTexts = Record<string, TLocalizedText | undefined>;
type TProperties = Record<string, string | undefined>;

function json(value: unknown): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

function elementTexts(element: TElement): TTexts {
  if (element.type === "heading") return { text: element.text };
  if (element.type === "info") return { markdown: element.markdown };
  const texts: TTexts = {
    label: element.label,
    hint: element.hint,
  };
  for (const [key, text] of Object.entries(element.errorMessages ?? {})) texts[`errorMessages.${key}`] = text;
  element.rules?.forEach((rule, index) => (texts[`rules.${index}.message`] = rule.message));
  if (element.type === "shortText") texts["settings.patternMessage"] = element.settings.patternMessage;
  if (element.type === "repeatingGroup") texts["settings.rowLabel"] = element.settings.rowLabel;
  if (element.type === "singleChoice" || element.type === "multipleChoice") {
    for (const choice of element.settings.choices) texts[`choices.${choice.value}`] = choice.label;
  }
  return texts;
}

const TEXT_SETTINGS = new Set(["patternMessage", "rowLabel"]);

function elementProperties(element: TElement): TProperties {
  const properties: TProperties = { type: element.type, visibleIf: json(element.visibleIf) };
  if (!isField(element)) return properties;
  properties.required = json(element.required);
  properties.requiredIf = json(element.requiredIf);
  properties.rules = json(element.rules?.map(({ message: _message, ...rule }) => rule));
  for (const [name, value] of Object.entries(element.settings)) {
    if (TEXT_SETTINGS.has(name)) continue;
    properties[`settings.${name}`] =
      name === "choices"
        ? (value as Array<{ value: string }>).map((choice) => choice.value).join(", ")
        : json(value);
  }
  if (element.type === "repeatingGroup")
    properties.fields = element.fields.map((child) => child.key).join(", ");
  return properties;
}

function compareTexts(before: TTexts, after: TTexts): TChangeDetail[] {
  const details: TChangeDetail[] = [];
  for (const property of new Set([...Object.keys(before), ...Object.keys(after)])) {
    for (const language of LANGUAGES) {
      const old = before[property]?.[language] ?? "";
      const current = after[property]?.[language] ?? "";
      if (old !== current) details.push({ property, kind: "text", language, before: old, after: current });
    }
  }
  return details;
}

function compareProperties(before: TProperties, after: TProperties): TChangeDetail[] {
  const details: TChangeDetail[] = [];
  for (const property of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[property] !== after[property])
      details.push({ property, kind: "setting", before: before[property], after: after[property] });
  }
  return details;
}

/** Positions (in `sequence`) of a longest common subsequence with `other`: what did not move. */
function stableIds(sequence: string[], other: string[]): Set<string> {
  const rows = sequence.length;
  const columns = other.length;
  const table: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  for (let row = rows - 1; row >= 0; row -= 1)
    for (let column = columns - 1; column >= 0; column -= 1)
      table[row]![column] =
        sequence[row] === other[column]
          ? table[row + 1]![column + 1]! + 1
          : Math.max(table[row + 1]![column]!, table[row]![column + 1]!);
  const stable = new Set<string>();
  let row = 0;
  let column = 0;
  while (row < rows && column < columns) {
    if (sequence[row] === other[column]) {
      stable.add(sequence[row]!);
      row += 1;
      column += 1;
    } else if (table[row + 1]![column]! >= table[row]![column + 1]!) row += 1;
    else column += 1;
  }
  return stable;
}

function labelOf(element: TElement): string {
  if (element.type === "heading") return element.text.fi;
  if (element.type === "info") return element.markdown.fi.slice(0, 80);
  return element.label.fi;
}

function diffPages(before: TFormDefinition, after: TFormDefinition): TItemChange[] {
  const oldPages = new Map(before.pages.map((page) => [page.id, page]));
  const newPages = new Map(after.pages.map((page) => [page.id, page]));
  const common = (pages: TPage[], other: Map<string, TPage>) =>
    pages.map((page) => page.id).filter((id) => other.has(id));
  const stable = stableIds(common(before.pages, newPages), common(after.pages, oldPages));
  const changes: TItemChange[] = [];
  for (const page of after.pages) {
    const old = oldPages.get(page.id);
    if (!old) {
      changes.push({ kind: "added", id: page.id, label: page.title.fi, details: [] });
      continue;
    }
    const details = [
      ...compareTexts(
        { title: old.title, description: old.description },
        { title: page.title, description: page.description },
      ),
      ...compareProperties({ visibleIf: json(old.visibleIf) }, { visibleIf: json(page.visibleIf) }),
    ];
    const isMoved = !stable.has(page.id);
    if (details.length > 0 || isMoved)
      changes.push({ kind: "changed", id: page.id, label: page.title.fi, isMoved, details });
  }
  for (const page of before.pages)
    if (!newPages.has(page.id))
      changes.push({ kind: "removed", id: page.id, label: page.title.fi, details: [] });
  return changes;
}

function diffElements(before: TFormDefinition, after: TFormDefinition): TItemChange[] {
  const index = (definition: TFormDefinition) =>
    new Map(listElementNodes(definition).map((node) => [elementName(node.element), node]));
  const oldNodes = index(before);
  const newNodes = index(after);
  // Ordering compares page + position, so an element moved to another page also counts as moved.
  const order = (nodes: Map<string, { page: TPage }>, other: Map<string, unknown>) =>
    [...nodes.entries()].filter(([id]) => other.has(id)).map(([id, node]) => `${node.page.id}/${id}`);
  const stable = stableIds(order(oldNodes, newNodes), order(newNodes, oldNodes));
  const changes: TItemChange[] = [];
  for (const [id, node] of newNodes) {
    const element = node.element;
    const old = oldNodes.get(id);
    const base = { id, label: labelOf(element), type: element.type, pageId: node.page.id };
    if (!old) {
      changes.push({ kind: "added", ...base, details: [] });
      continue;
    }
    const details = [
      ...compareTexts(elementTexts(old.element), elementTexts(element)),
      ...compareProperties(elementProperties(old.element), elementProperties(element)),
    ];
    const isMoved = !stable.has(`${node.page.id}/${id}`);
    if (details.length > 0 || isMoved) changes.push({ kind: "changed", ...base, isMoved, details });
  }
  for (const [id, node] of oldNodes) {
    if (!newNodes.has(id))
      changes.push({
        kind: "removed",
        id,
        label: labelOf(node.element),
        type: node.element.type,
        pageId: node.page.id,
        details: [],
      });
  }
  return changes;
}

/** Changes from `before` to `after`: form texts and settings, pages, and elements (matched by key or id). */
export function diffDefinitions(before: TFormDefinition, after: TFormDefinition): TDefinitionDiff {
  const form = [
    ...compareTexts(
      { title: before.title, description: before.description, instructions: before.instructions },
      { title: after.title, description: after.description, instructions: after.instructions },
    ),
    ...compareProperties(
      { languages: before.languages.join(", "), availability: json(before.availability) },
      { languages: after.languages.join(", "), availability: json(after.availability) },
    ),
  ];
  const pages = diffPages(before, after);
  const elements = diffElements(before, after);
  return { form, pages, elements, isEmpty: form.length + pages.length + elements.length === 0 };
}
