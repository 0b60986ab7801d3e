import type { TFormDefinition } from "./definition";
import { createDiagnostic, type TDiagnostic } from "./diagnostic";
import { checkOperator, leaves } from "./validate-definition";
import { listFieldNodes, type TFieldNode } from "./walk-definition";

/**
 * Stop rules that could not work: an exit page that is not there, a field that is not on the form or sits in a
 * repeating group, an operator or value that does not suit the field; duplicate exit page ids. Each blocks
 * publishing. An exit page no rule uses is only a warning (nobody would see it).
 */
export function diagnoseStopRules(definition: TFormDefinition): {
  blockers: TDiagnostic[];
  warnings: TDiagnostic[];
} {
  const blockers: TDiagnostic[] = [];
  const warnings: TDiagnostic[] = [];
  const exitPages = definition.exitPages ?? [];
  const rules = definition.stopRules ?? [];
  const byKey = new Map<string, TFieldNode>();
  for (const node of listFieldNodes(definition))
    if (!byKey.has(node.element.key)) byKey.set(node.element.key, node);

  const pageIds = new Set(definition.pages.map((page) => page.id));
  const exitIds = new Set<string>();
  exitPages.forEach((exitPage, index) => {
    if (exitIds.has(exitPage.id) || pageIds.has(exitPage.id))
      blockers.push(createDiagnostic("duplicateId", `exitPages/${index}`, exitPage.id, { id: exitPage.id }));
    exitIds.add(exitPage.id);
  });

  rules.forEach((rule, index) => {
    const path = `stopRules/${index}`;
    const number = index + 1;
    if (!exitIds.has(rule.exitPage))
      blockers.push(
        createDiagnostic("stopRuleUnknownExitPage", `${path}/exitPage`, undefined, {
          number,
          exitPage: rule.exitPage,
        }),
      );
    for (const { leaf, path: leafPath } of leaves(rule.when, `${path}/when`)) {
      const references = [leaf.field, ...("otherField" in leaf ? [leaf.otherField] : [])];
      let isKnown = true;
      for (const reference of references) {
        const target = byKey.get(reference);
        if (!target) {
          isKnown = false;
          blockers.push(
            createDiagnostic("stopRuleUnknownField", leafPath, undefined, { number, field: reference }),
          );
        } else if (target.group) {
          isKnown = false;
          blockers.push(
            createDiagnostic("stopRuleIntoGroup", leafPath, undefined, {
              number,
              field: reference,
              group: target.group.key,
            }),
          );
        }
      }
      const target = byKey.get(leaf.field);
      if (isKnown && target) blockers.push(...checkOperator(leaf, target, leafPath, path, byKey));
    }
  });

  const used = new Set(rules.map((rule) => rule.exitPage));
  exitPages.forEach((exitPage, index) => {
    if (!used.has(exitPage.id))
      warnings.push(createDiagnostic("unusedExitPage", `exitPages/${index}`, exitPage.id));
  });
  return { blockers, warnings };
}
