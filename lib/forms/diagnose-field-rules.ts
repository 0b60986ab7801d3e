import type { TField, TFieldType, TFormDefinition } from "./definition";
import { createDiagnostic, type TDiagnostic } from "./diagnostic";
import {
  ALLOWED_RELATIONS,
  ORDERED_OPERATORS,
  ruleFieldKeys,
  type TCompareRule,
  type TRelation,
} from "./field-rule-definition";
import { listFieldNodes, type TFieldNode } from "./walk-definition";

const ORDERED_TYPES: readonly TFieldType[] = ["number", "date", "time"];
const UNCOMPARABLE_TYPES: readonly TFieldType[] = ["file", "address", "repeatingGroup", "multipleChoice"];
const FLIPPED: Record<TRelation, TRelation> = { less: "greater", equal: "equal", greater: "less" };

type TBound = number | string | undefined;
/** Two fields in flow order, the relations (first vs second) their rules still allow, and the last rule's field. */
interface TPair {
  node: TFieldNode;
  other: TFieldNode;
  relations: Set<TRelation>;
  path: string;
  owner: TFieldNode;
}

function limitsOf(field: TField): [TBound, TBound] {
  if (field.type === "number" || field.type === "date") return [field.settings.min, field.settings.max];
  return [undefined, undefined];
}

/** The relations (this vs other) that the two fields' min/max still allow. */
function possibleRelations(field: TField, other: TField): Set<TRelation> {
  const [min, max] = limitsOf(field);
  const [otherMin, otherMax] = limitsOf(other);
  const possible = new Set<TRelation>();
  if (min === undefined || otherMax === undefined || min < otherMax) possible.add("less");
  if (max === undefined || otherMin === undefined || max > otherMin) possible.add("greater");
  const overlaps =
    (min === undefined || otherMax === undefined || min <= otherMax) &&
    (max === undefined || otherMin === undefined || max >= otherMin);
  if (overlaps) possible.add("equal");
  return possible;
}

function describeRange(field: TField): string {
  const [min, max] = limitsOf(field);
  return `${min ?? "…"}–${max ?? "…"}`;
}

/**
 * Rules between fields that could never work: a missing field, a field of another type, a group's field read
 * from outside its row, and rules that no answer can meet (contradicting each other, or excluded by the
 * fields' own limits when both are required). Each blocks publishing.
 */
export function diagnoseFieldRules(definition: TFormDefinition): TDiagnostic[] {
  const diagnostics: TDiagnostic[] = [];
  const nodes = listFieldNodes(definition);
  const byKey = new Map<string, TFieldNode>();
  for (const node of nodes) if (!byKey.has(node.element.key)) byKey.set(node.element.key, node);

  // Relations still allowed between each ordered pair, collected from both fields' rules.
  const allowed = new Map<string, TPair>();

  for (const node of nodes) {
    const field = node.element;
    (field.rules ?? []).forEach((rule, ruleIndex) => {
      const path = `${node.path}/rules/${ruleIndex}`;
      for (const key of ruleFieldKeys(rule)) {
        const target = byKey.get(key);
        if (!target) {
          diagnostics.push(createDiagnostic("ruleUnknownField", path, field.key, { field: key }));
          continue;
        }
        if (target.element.key === field.key) {
          diagnostics.push(createDiagnostic("ruleSelfReference", path, field.key, { field: key }));
          continue;
        }
        if (target.group && target.group !== node.group) {
          diagnostics.push(
            createDiagnostic("ruleIntoGroup", path, field.key, { field: key, group: target.group.key }),
          );
          continue;
        }
        if (rule.kind === "atLeastOne") continue;
        const params = { field: key, type: field.type, otherType: target.element.type };
        if (target.element.type !== field.type) {
          diagnostics.push(createDiagnostic("ruleFieldTypeMismatch", path, field.key, params));
          continue;
        }
        const isOrdered = ORDERED_OPERATORS.includes(rule.operator);
        if (isOrdered ? !ORDERED_TYPES.includes(field.type) : UNCOMPARABLE_TYPES.includes(field.type)) {
          diagnostics.push(createDiagnostic("ruleOperatorMismatch", path, field.key, params));
          continue;
        }
        collect(allowed, node, target, rule, path);
      }
    });
  }

  for (const { node: first, other: second, relations, path, owner } of allowed.values()) {
    // Reported on the field whose rule was written last, naming the other field.
    const [node, other] = owner === first ? [first, second] : [second, first];
    if (relations.size === 0) {
      diagnostics.push(
        createDiagnostic("ruleContradiction", path, node.element.key, { field: other.element.key }),
      );
      continue;
    }
    const isBothAlwaysAnswered = node.element.required && other.element.required;
    const possible = possibleRelations(first.element, second.element);
    if (isBothAlwaysAnswered && ![...relations].some((relation) => possible.has(relation))) {
      diagnostics.push(
        createDiagnostic("ruleOutsideLimits", path, node.element.key, {
          field: other.element.key,
          range: describeRange(node.element),
          otherRange: describeRange(other.element),
        }),
      );
    }
  }
  return diagnostics;
}

function collect(
  allowed: Map<string, TPair>,
  node: TFieldNode,
  target: TFieldNode,
  rule: TCompareRule,
  path: string,
): void {
  // Keep each pair once, in flow order, so "to ≥ from" on one field and "from ≤ to" on the other meet.
  const isForward = node.position < target.position;
  const [first, second] = isForward ? [node, target] : [target, node];
  const relations = ALLOWED_RELATIONS[rule.operator].map((relation) =>
    isForward ? relation : FLIPPED[relation],
  );
  const key = `${first.element.key}→${second.element.key}`;
  const entry = allowed.get(key) ?? {
    node: first,
    other: second,
    relations: new Set<TRelation>(["less", "equal", "greater"]),
    path,
    owner: node,
  };
  entry.relations = new Set([...entry.relations].filter((relation) => relations.includes(relation)));
  entry.path = path;
  entry.owner = node;
  allowed.set(key, entry);
}
