import type { TCondition, TFieldCondition } from "./condition-definition";
import type { TFieldType, TFormDefinition, TPage } from "./definition";
import { createDiagnostic, type TDiagnostic } from "./diagnostic";
import { listElementNodes, listFieldNodes, type TElementNode, type TFieldNode } from "./walk-definition";
import { isField } from "./definition";

const ORDERED_TYPES: TFieldType[] = ["number", "date"];
/** Types whose answers two-field comparisons can order. */
const COMPARABLE_TYPES: TFieldType[] = ["number", "date", "time"];
const NOT_SCALAR_TYPES: TFieldType[] = ["multipleChoice", "file", "address", "repeatingGroup"];

interface TController {
  name: string;
  path: string;
  node?: TElementNode;
  page?: TPage;
  pageIndex: number;
}

export function leaves(condition: TCondition, path: string): Array<{ leaf: TFieldCondition; path: string }> {
  if ("filingRole" in condition) return []; // the role is not a field: nothing to resolve or order
  if ("field" in condition) return [{ leaf: condition, path }];
  const [operator, children] = "all" in condition ? ["all", condition.all] : ["any", condition.any];
  return children.flatMap((child, index) => leaves(child, `${path}/${operator}/${index}`));
}

function controllers(
  definition: TFormDefinition,
): Array<TController & { conditions: Array<[string, TCondition]> }> {
  const result: Array<TController & { conditions: Array<[string, TCondition]> }> = [];
  definition.pages.forEach((page, pageIndex) => {
    if (page.visibleIf)
      result.push({
        name: page.id,
        path: `pages/${pageIndex}`,
        page,
        pageIndex,
        conditions: [["visibleIf", page.visibleIf]],
      });
  });
  for (const node of listElementNodes(definition)) {
    const conditions: Array<[string, TCondition]> = [];
    if (node.element.visibleIf) conditions.push(["visibleIf", node.element.visibleIf]);
    if (isField(node.element) && node.element.requiredIf)
      conditions.push(["requiredIf", node.element.requiredIf]);
    if (conditions.length === 0) continue;
    const name = isField(node.element) ? node.element.key : node.element.id;
    result.push({ name, path: node.path, node, pageIndex: node.pageIndex, conditions });
  }
  return result;
}

/** Condition dependency cycles, each as the list of names around it (first name repeated at the end). */
function findCycles(edges: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (name: string) => {
    state.set(name, "visiting");
    stack.push(name);
    for (const next of edges.get(name) ?? []) {
      if (next === name) continue; // self-references are reported separately
      if (state.get(next) === "visiting") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(name, "done");
  };
  for (const name of edges.keys()) if (!state.has(name)) visit(name);
  return cycles;
}

export function checkOperator(
  leaf: TFieldCondition,
  target: TFieldNode,
  path: string,
  controllerName: string,
  byKey: Map<string, TFieldNode>,
): TDiagnostic[] {
  const field = target.element;
  const params = { field: field.key, operator: leaf.operator, type: field.type };
  const mismatch = () => [createDiagnostic("conditionOperatorMismatch", path, controllerName, params)];
  const valueType = () => [createDiagnostic("conditionValueType", path, controllerName, params)];
  if ("otherField" in leaf) {
    const isOrdered = leaf.operator === "greaterThanField" || leaf.operator === "lessThanField";
    if (isOrdered ? !COMPARABLE_TYPES.includes(field.type) : NOT_SCALAR_TYPES.includes(field.type))
      return mismatch();
    const other = byKey.get(leaf.otherField);
    if (other && other.element.type !== field.type)
      return [
        createDiagnostic("conditionFieldTypeMismatch", path, controllerName, {
          field: field.key,
          other: other.element.key,
          type: field.type,
          otherType: other.element.type,
        }),
      ];
    return [];
  }
  switch (leaf.operator) {
    case "empty":
    case "notEmpty":
      return [];
    case "greaterThan":
    case "lessThan":
      if (!ORDERED_TYPES.includes(field.type)) return mismatch();
      return (field.type === "number") === (typeof leaf.value === "number") ? [] : valueType();
    case "contains":
      if (field.type !== "multipleChoice") return mismatch();
      return field.settings.choices.some((choice) => choice.value === leaf.value)
        ? []
        : [
            createDiagnostic("conditionUnknownChoice", path, controllerName, {
              field: field.key,
              value: leaf.value,
            }),
          ];
    default: {
      if (NOT_SCALAR_TYPES.includes(field.type)) return mismatch();
      const values = "values" in leaf ? leaf.values : [leaf.value];
      if (field.type === "singleChoice") {
        const unknown = values.find(
          (value) => !field.settings.choices.some((choice) => choice.value === value),
        );
        return unknown === undefined
          ? []
          : [
              createDiagnostic("conditionUnknownChoice", path, controllerName, {
                field: field.key,
                value: String(unknown),
              }),
            ];
      }
      const expected =
        field.type === "number"
          ? "number"
          : field.type === "yesNo" || field.type === "consent"
            ? "boolean"
            : "string";
      return values.every((value) => typeof value === expected) ? [] : valueType();
    }
  }
}

/**
 * Checks what the schema alone cannot: unique keys and ids, and that every condition refers to a known,
 * earlier field of a compatible type, outside repeating groups (or within the same group), without cycles.
 */
export function validateDefinition(definition: TFormDefinition): TDiagnostic[] {
  const diagnostics: TDiagnostic[] = [];
  const fieldNodes = listFieldNodes(definition);
  const byKey = new Map<string, TFieldNode>();
  for (const node of fieldNodes) {
    if (byKey.has(node.element.key))
      diagnostics.push(
        createDiagnostic("duplicateKey", node.path, node.element.key, { key: node.element.key }),
      );
    else byKey.set(node.element.key, node);
  }
  const ids = new Set<string>();
  definition.pages.forEach((page, pageIndex) => {
    const entries: Array<[string, string]> = [[page.id, `pages/${pageIndex}`]];
    page.elements.forEach((element, elementIndex) => {
      if (!isField(element)) entries.push([element.id, `pages/${pageIndex}/elements/${elementIndex}`]);
    });
    for (const [id, path] of entries) {
      if (ids.has(id)) diagnostics.push(createDiagnostic("duplicateId", path, id, { id }));
      ids.add(id);
    }
  });

  const all = controllers(definition);
  const edges = new Map<string, Set<string>>();
  for (const controller of all) {
    const targets = edges.get(controller.name) ?? new Set<string>();
    for (const [, condition] of controller.conditions)
      leaves(condition, "").forEach(({ leaf }) =>
        [leaf.field, ...("otherField" in leaf ? [leaf.otherField] : [])].forEach((key) => targets.add(key)),
      );
    edges.set(controller.name, targets);
  }
  const cycles = findCycles(edges);
  const cycleEdges = new Set<string>();
  for (const cycle of cycles) {
    for (let index = 0; index < cycle.length - 1; index += 1)
      cycleEdges.add(`${cycle[index]}→${cycle[index + 1]}`);
    const start = all.find((controller) => controller.name === cycle[0]);
    diagnostics.push(
      createDiagnostic("conditionCycle", start?.path ?? "", cycle[0], { cycle: cycle.join(" → ") }),
    );
  }

  for (const controller of all) {
    for (const [property, condition] of controller.conditions) {
      const references = leaves(condition, `${controller.path}/${property}`).flatMap(({ leaf, path }) => [
        { leaf, path, reference: leaf.field },
        ...("otherField" in leaf ? [{ leaf, path, reference: leaf.otherField }] : []),
      ]);
      for (const { leaf, path: leafPath, reference } of references) {
        const target = byKey.get(reference);
        const name = controller.name;
        if (!target) {
          diagnostics.push(createDiagnostic("conditionUnknownField", leafPath, name, { field: reference }));
          continue;
        }
        if (target.element.key === name && controller.node) {
          diagnostics.push(createDiagnostic("conditionSelfReference", leafPath, name, { field: reference }));
          continue;
        }
        const isInCycle = cycleEdges.has(`${name}→${reference}`);
        if (controller.page) {
          if (target.group)
            diagnostics.push(
              createDiagnostic("conditionIntoGroup", leafPath, name, {
                field: reference,
                group: target.group.key,
              }),
            );
          else if (target.pageIndex >= controller.pageIndex && !isInCycle)
            diagnostics.push(createDiagnostic("conditionSamePage", leafPath, name, { field: reference }));
        } else if (controller.node) {
          if (target.group && target.group !== controller.node.group) {
            diagnostics.push(
              createDiagnostic("conditionIntoGroup", leafPath, name, {
                field: reference,
                group: target.group.key,
              }),
            );
            continue;
          }
          const isOwnGroup = controller.node.group !== undefined && controller.node.group === target.element;
          if ((target.position >= controller.node.position || isOwnGroup) && !isInCycle) {
            diagnostics.push(createDiagnostic("conditionLaterField", leafPath, name, { field: reference }));
          }
        }
        // Operator and types are checked once per condition, through its main field.
        if (reference === leaf.field) diagnostics.push(...checkOperator(leaf, target, leafPath, name, byKey));
      }
    }
  }
  return diagnostics;
}
