// Pure operations on a form definition. Each returns a new definition and never mutates its input.
import type { TFieldRule } from "@/lib/forms/field-rule-definition";
import type { TCondition } from "@/lib/forms/condition-definition";
import {
  isField,
  type TElement,
  type TFormDefinition,
  type TPage,
  type TSimpleField,
} from "@/lib/forms/definition";
import { elementName } from "@/lib/forms/walk-definition";

export interface TLocation {
  pageIndex: number;
  /** Index on the page (of the group, for a group's child). */
  index: number;
  /** Index inside the repeating group at `index`. */
  childIndex?: number;
}

export function locate(definition: TFormDefinition, name: string): TLocation | undefined {
  for (const [pageIndex, page] of definition.pages.entries()) {
    for (const [index, element] of page.elements.entries()) {
      if (elementName(element) === name) return { pageIndex, index };
      if (element.type === "repeatingGroup") {
        const childIndex = element.fields.findIndex((child) => child.key === name);
        if (childIndex >= 0) return { pageIndex, index, childIndex };
      }
    }
  }
  return undefined;
}

export function getElement(definition: TFormDefinition, name: string): TElement | undefined {
  const location = locate(definition, name);
  if (!location) return undefined;
  const element = definition.pages[location.pageIndex]!.elements[location.index]!;
  if (location.childIndex === undefined) return element;
  return element.type === "repeatingGroup" ? element.fields[location.childIndex] : undefined;
}

function withPage(
  definition: TFormDefinition,
  pageIndex: number,
  update: (page: TPage) => TPage,
): TFormDefinition {
  return {
    ...definition,
    pages: definition.pages.map((page, index) => (index === pageIndex ? update(page) : page)),
  };
}

function withGroupFields(
  definition: TFormDefinition,
  location: TLocation,
  update: (fields: TSimpleField[]) => TSimpleField[],
): TFormDefinition {
  return withPage(definition, location.pageIndex, (page) => ({
    ...page,
    elements: page.elements.map((element, index) =>
      index === location.index && element.type === "repeatingGroup"
        ? { ...element, fields: update(element.fields) }
        : element,
    ),
  }));
}

export function insertElement(
  definition: TFormDefinition,
  element: TElement,
  pageIndex: number,
  index: number,
): TFormDefinition {
  return withPage(definition, pageIndex, (page) => {
    const elements = [...page.elements];
    elements.splice(Math.max(0, Math.min(index, elements.length)), 0, element);
    return { ...page, elements };
  });
}

export function addGroupChild(
  definition: TFormDefinition,
  groupName: string,
  child: TSimpleField,
): TFormDefinition {
  const location = locate(definition, groupName);
  if (!location || location.childIndex !== undefined) return definition;
  return withGroupFields(definition, location, (fields) => [...fields, child]);
}

export function replaceElement(
  definition: TFormDefinition,
  name: string,
  element: TElement,
): TFormDefinition {
  const location = locate(definition, name);
  if (!location) return definition;
  if (location.childIndex !== undefined) {
    if (!isField(element) || element.type === "repeatingGroup") return definition;
    return withGroupFields(definition, location, (fields) =>
      fields.map((child, index) => (index === location.childIndex ? element : child)),
    );
  }
  return withPage(definition, location.pageIndex, (page) => ({
    ...page,
    elements: page.elements.map((current, index) => (index === location.index ? element : current)),
  }));
}

export function removeElement(definition: TFormDefinition, name: string): TFormDefinition {
  const location = locate(definition, name);
  if (!location) return definition;
  if (location.childIndex !== undefined)
    return withGroupFields(definition, location, (fields) =>
      fields.filter((_, index) => index !== location.childIndex),
    );
  return withPage(definition, location.pageIndex, (page) => ({
    ...page,
    elements: page.elements.filter((_, index) => index !== location.index),
  }));
}

/**
 * One step up or down. At the top of a page an element moves to the end of the previous page, at the bottom to
 * the start of the next one, so keyboard users can move elements between pages too. Group children stay in their group.
 */
export function moveElementBy(definition: TFormDefinition, name: string, direction: -1 | 1): TFormDefinition {
  const location = locate(definition, name);
  if (!location) return definition;
  if (location.childIndex !== undefined) {
    const target = location.childIndex + direction;
    return withGroupFields(definition, location, (fields) => {
      if (target < 0 || target >= fields.length) return fields;
      const next = [...fields];
      [next[location.childIndex!], next[target]] = [next[target]!, next[location.childIndex!]!];
      return next;
    });
  }
  const page = definition.pages[location.pageIndex]!;
  const target = location.index + direction;
  if (target >= 0 && target < page.elements.length)
    return moveElementTo(definition, name, location.pageIndex, target);
  const pageIndex = location.pageIndex + direction;
  if (pageIndex < 0 || pageIndex >= definition.pages.length) return definition;
  return moveElementTo(
    definition,
    name,
    pageIndex,
    direction === 1 ? 0 : definition.pages[pageIndex]!.elements.length,
  );
}

/** Moves a top-level element to `index` on page `pageIndex` (index counted after removing it). */
export function moveElementTo(
  definition: TFormDefinition,
  name: string,
  pageIndex: number,
  index: number,
): TFormDefinition {
  const location = locate(definition, name);
  if (!location || location.childIndex !== undefined || !definition.pages[pageIndex]) return definition;
  const element = definition.pages[location.pageIndex]!.elements[location.index]!;
  return insertElement(removeElement(definition, name), element, pageIndex, index);
}

export function movePage(definition: TFormDefinition, pageIndex: number, direction: -1 | 1): TFormDefinition {
  const target = pageIndex + direction;
  if (target < 0 || target >= definition.pages.length) return definition;
  const pages = [...definition.pages];
  [pages[pageIndex], pages[target]] = [pages[target]!, pages[pageIndex]!];
  return { ...definition, pages };
}

/** Conditions follow a renamed field key, so renaming never silently breaks a rule. */
export function renameFieldReferences(
  definition: TFormDefinition,
  from: string,
  to: string,
): TFormDefinition {
  if (from === to) return definition;
  const rename = (condition: TCondition | undefined): TCondition | undefined => {
    if (!condition) return condition;
    if ("all" in condition) return { all: condition.all.map((child) => rename(child)!) };
    if ("any" in condition) return { any: condition.any.map((child) => rename(child)!) };
    if ("filingRole" in condition) return condition;
    const renamed = condition.field === from ? { ...condition, field: to } : condition;
    return "otherField" in renamed && renamed.otherField === from ? { ...renamed, otherField: to } : renamed;
  };
  const renameRule = (rule: TFieldRule): TFieldRule =>
    rule.kind === "compare"
      ? { ...rule, field: rule.field === from ? to : rule.field }
      : { ...rule, fields: rule.fields.map((key) => (key === from ? to : key)) };
  const renameIn = <T extends { visibleIf?: TCondition; requiredIf?: TCondition; rules?: TFieldRule[] }>(
    item: T,
  ): T => {
    const next = { ...item };
    if (item.visibleIf) next.visibleIf = rename(item.visibleIf);
    if (item.requiredIf) next.requiredIf = rename(item.requiredIf);
    if (item.rules) next.rules = item.rules.map(renameRule);
    return next;
  };
  return {
    ...definition,
    pages: definition.pages.map((page) =>
      renameIn({
        ...page,
        elements: page.elements.map((element) =>
          element.type === "repeatingGroup"
            ? renameIn({ ...element, fields: element.fields.map((child) => renameIn(child)) })
            : renameIn(element),
        ),
      }),
    ),
  };
}
