import type { TFilingRole } from "./filing-role";
import type { TCondition } from "./condition-definition";
import {
  isField,
  type TElement,
  type TField,
  type TFormDefinition,
  type TPage,
  type TRepeatingGroupField,
} from "./definition";

export interface TElementNode {
  element: TElement;
  page: TPage;
  pageIndex: number;
  /** The repeating group the element sits in, if any. */
  group?: TRepeatingGroupField;
  /** Position in the flow: later elements have larger numbers. */
  position: number;
  /** Where it is in the definition, e.g. "pages/0/elements/2/fields/1". */
  path: string;
}

export interface TFieldNode extends TElementNode {
  element: TField;
}

/** Every element in flow order, group children right after their group. */
export function listElementNodes(definition: TFormDefinition): TElementNode[] {
  const nodes: TElementNode[] = [];
  definition.pages.forEach((page, pageIndex) => {
    page.elements.forEach((element, elementIndex) => {
      const path = `pages/${pageIndex}/elements/${elementIndex}`;
      nodes.push({ element, page, pageIndex, position: nodes.length, path });
      if (element.type === "repeatingGroup") {
        element.fields.forEach((child, childIndex) => {
          nodes.push({
            element: child,
            page,
            pageIndex,
            group: element,
            position: nodes.length,
            path: `${path}/fields/${childIndex}`,
          });
        });
      }
    });
  });
  return nodes;
}

export function listFieldNodes(definition: TFormDefinition): TFieldNode[] {
  return listElementNodes(definition).filter((node): node is TFieldNode => isField(node.element));
}

/** The identifier shown in diagnostics: a field's key, otherwise the element's id. */
export function elementName(element: TElement): string {
  return isField(element) ? element.key : element.id;
}

/** Field keys a condition reads, in order of appearance. */
export function conditionFieldKeys(condition: TCondition | undefined): string[] {
  if (!condition || "filingRole" in condition) return [];
  if ("field" in condition)
    return "otherField" in condition ? [condition.field, condition.otherField] : [condition.field];
  const children = "all" in condition ? condition.all : condition.any;
  return children.flatMap(conditionFieldKeys);
}

export function findField(definition: TFormDefinition, key: string): TField | undefined {
  return listFieldNodes(definition).find((node) => node.element.key === key)?.element;
}

/** Filing roles a condition reads ("filed as guardian"), in order of appearance. */
export function conditionFilingRoles(condition: TCondition | undefined): TFilingRole[] {
  if (!condition) return [];
  if ("filingRole" in condition) return [condition.filingRole];
  if ("field" in condition) return [];
  return ("all" in condition ? condition.all : condition.any).flatMap(conditionFilingRoles);
}

/** Every filing role the definition's show and require conditions read, once each. */
export function definitionFilingRoles(definition: TFormDefinition): TFilingRole[] {
  const conditions = [
    ...definition.pages.map((page) => page.visibleIf),
    ...listElementNodes(definition).flatMap((node) => [
      node.element.visibleIf,
      isField(node.element) ? node.element.requiredIf : undefined,
    ]),
  ];
  return [...new Set(conditions.flatMap(conditionFilingRoles))];
}
