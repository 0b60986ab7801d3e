"use client";
import { useTranslations } from "next-intl";
import type {
  TCondition,
  TConditionOperator,
  TFieldCondition,
  TRoleCondition,
} from "@/lib/forms/condition-definition";
import { FILING_ROLES, type TFilingRole } from "@/lib/forms/filing-role";
import type { TField } from "@/lib/forms/definition";
import { localize } from "@/lib/forms/localized-text";
import { asGroup, comparableCandidates, defaultRule, makeRule, operatorsFor } from "./condition-fields";

const MAX_DEPTH = 2;

export function ConditionGroupEditor({
  condition,
  candidates,
  path,
  depth,
  onChange,
  onRemove,
}: {
  condition: TCondition;
  candidates: TField[];
  path: string;
  depth: number;
  onChange: (next: TCondition) => void;
  onRemove?: () => void;
}) {
  const t = useTranslations("builder.conditions");
  const group = asGroup(condition);
  const isAll = "all" in group;
  const children = isAll ? group.all : group.any;
  const rebuild = (nextChildren: TCondition[], all = isAll) =>
    onChange(all ? { all: nextChildren } : { any: nextChildren });
  const replaceChild = (index: number, next: TCondition) =>
    rebuild(children.map((child, i) => (i === index ? next : child)));
  const removeChild = (index: number) => {
    const rest = children.filter((_, i) => i !== index);
    if (rest.length === 0) onRemove?.();
    else rebuild(rest);
  };
  const fallback = candidates[candidates.length - 1];
  return (
    <fieldset
      className={`rounded border border-fi-depth-light-1 p-2 ${depth > 0 ? "bg-fi-depth-light-3" : ""}`}
    >
      <legend className="px-1 text-base font-semibold">{depth === 0 ? t("rules") : t("nestedGroup")}</legend>
      <label htmlFor={`${path}-combinator`} className="label text-sm">
        {t("combinator")}
      </label>
      <select
        id={`${path}-combinator`}
        className="input"
        value={isAll ? "all" : "any"}
        onChange={(event) => rebuild(children, event.target.value === "all")}
      >
        <option value="all">{t("all")}</option>
        <option value="any">{t("any")}</option>
      </select>
      <ol className="mt-2 space-y-2">
        {children.map((child, index) => (
          <li key={index}>
            {"filingRole" in child ? (
              <RoleRuleEditor
                rule={child}
                path={`${path}-${index}`}
                number={index + 1}
                onChange={(next) => replaceChild(index, next)}
                onRemove={() => removeChild(index)}
              />
            ) : "field" in child ? (
              <RuleEditor
                rule={child}
                candidates={candidates}
                path={`${path}-${index}`}
                number={index + 1}
                onChange={(next) => replaceChild(index, next)}
                onRemove={() => removeChild(index)}
              />
            ) : (
              <ConditionGroupEditor
                condition={child}
                candidates={candidates}
                path={`${path}-${index}`}
                depth={depth + 1}
                onChange={(next) => replaceChild(index, next)}
                onRemove={() => removeChild(index)}
              />
            )}
          </li>
        ))}
      </ol>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-secondary min-h-0 py-1"
          disabled={!fallback}
          onClick={() => fallback && rebuild([...children, defaultRule(fallback)])}
        >
          {t("addRule")}
        </button>
        <button
          type="button"
          className="btn btn-secondary min-h-0 py-1"
          onClick={() => rebuild([...children, { filingRole: "guardian" }])}
        >
          {t("addRoleRule")}
        </button>
        {depth < MAX_DEPTH ? (
          <button
            type="button"
            className="btn btn-secondary min-h-0 py-1"
            disabled={!fallback}
            onClick={() =>
              fallback &&
              rebuild([
                ...children,
                isAll ? { any: [defaultRule(fallback)] } : { all: [defaultRule(fallback)] },
              ])
            }
          >
            {t("addGroup")}
          </button>
        ) : null}
        {onRemove && depth > 0 ? (
          <button type="button" className="btn btn-danger min-h-0 py-1" onClick={onRemove}>
            {t("removeGroup")}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

/** "The form is filed as a guardian": whom the person files for, chosen at the start (lib/forms/filing-role.ts). */
function RoleRuleEditor({
  rule,
  path,
  number,
  onChange,
  onRemove,
}: {
  rule: TRoleCondition;
  path: string;
  number: number;
  onChange: (next: TRoleCondition) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("builder.conditions");
  return (
    <div className="rounded border border-fi-depth-light-1 bg-fi-white-base p-2" data-testid="condition-rule">
      <label htmlFor={`${path}-role`} className="label text-sm">
        {t("roleRule", { number })}
      </label>
      <select
        id={`${path}-role`}
        className="input"
        aria-describedby={`${path}-role-hint`}
        value={rule.filingRole}
        onChange={(event) => onChange({ filingRole: event.target.value as TFilingRole })}
      >
        {FILING_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </select>
      <p id={`${path}-role-hint`} className="hint">
        {t("roleHint")}
      </p>
      <button
        type="button"
        className="btn btn-danger mt-2 min-h-0 py-1"
        onClick={onRemove}
        aria-label={t("removeRoleRule", { number })}
      >
        {t("removeRuleShort")}
      </button>
    </div>
  );
}

function RuleEditor({
  rule,
  candidates,
  path,
  number,
  onChange,
  onRemove,
}: {
  rule: TFieldCondition;
  candidates: TField[];
  path: string;
  number: number;
  onChange: (next: TFieldCondition) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("builder.conditions");
  const field = candidates.find((candidate) => candidate.key === rule.field);
  const others = field ? comparableCandidates(field, candidates) : [];
  // Two-field comparisons are offered only when an earlier field of the same type exists.
  const operators = field
    ? operatorsFor(field).filter((operator) => !operator.endsWith("Field") || others.length > 0)
    : [rule.operator];
  const valueId = `${path}-value`;
  const choices =
    field && (field.type === "singleChoice" || field.type === "multipleChoice")
      ? field.settings.choices
      : undefined;

  let valueInput: React.ReactNode = null;
  if ("otherField" in rule) {
    valueInput = (
      <>
        <label htmlFor={`${path}-other`} className="label mt-1 text-sm">
          {t("otherField")}
        </label>
        <select
          id={`${path}-other`}
          className="input"
          value={rule.otherField}
          onChange={(event) => onChange({ ...rule, otherField: event.target.value })}
        >
          {others.some((other) => other.key === rule.otherField) ? null : (
            <option value={rule.otherField}>{rule.otherField}</option>
          )}
          {others.map((other) => (
            <option key={other.key} value={other.key}>
              {localize(other.label, "fi")} ({other.key})
            </option>
          ))}
        </select>
      </>
    );
  } else if (rule.operator === "oneOf" || rule.operator === "noneOf") {
    valueInput = (
      <fieldset className="mt-1">
        <legend className="label text-sm">{t("values")}</legend>
        {(choices ?? []).map((choice, index) => (
          <div key={choice.value} className="flex items-center gap-2">
            <input
              id={`${valueId}-${index}`}
              type="checkbox"
              className="h-5 w-5"
              checked={rule.values.includes(choice.value)}
              onChange={(event) => {
                const values = event.target.checked
                  ? [...rule.values, choice.value]
                  : rule.values.filter((value) => value !== choice.value);
                if (values.length > 0) onChange({ ...rule, values });
              }}
            />
            <label htmlFor={`${valueId}-${index}`} className="text-base">
              {localize(choice.label, "fi")}
            </label>
          </div>
        ))}
      </fieldset>
    );
  } else if ("value" in rule) {
    const label = (
      <label htmlFor={valueId} className="label mt-1 text-sm">
        {t("value")}
      </label>
    );
    if (choices)
      valueInput = (
        <>
          {label}
          <select
            id={valueId}
            className="input"
            value={String(rule.value)}
            onChange={(event) => onChange({ ...rule, value: event.target.value } as TFieldCondition)}
          >
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {localize(choice.label, "fi")}
              </option>
            ))}
          </select>
        </>
      );
    else if (field?.type === "yesNo" || field?.type === "consent")
      valueInput = (
        <>
          {label}
          <select
            id={valueId}
            className="input"
            value={String(rule.value)}
            onChange={(event) =>
              onChange({ ...rule, value: event.target.value === "true" } as TFieldCondition)
            }
          >
            <option value="true">{t("yes")}</option>
            <option value="false">{t("no")}</option>
          </select>
        </>
      );
    else
      valueInput = (
        <>
          {label}
          <input
            key={`${rule.field}-${rule.operator}`}
            id={valueId}
            className="input"
            type={field?.type === "date" ? "date" : "text"}
            inputMode={field?.type === "number" ? "decimal" : undefined}
            defaultValue={String(rule.value)}
            onChange={(event) => {
              const raw = event.target.value;
              const parsed = Number(raw.replace(",", ".").replace(/\s/g, ""));
              const value =
                field?.type === "number" && raw.trim() !== "" && Number.isFinite(parsed) ? parsed : raw;
              onChange({ ...rule, value } as TFieldCondition);
            }}
          />
        </>
      );
  }

  return (
    <div className="rounded border border-fi-depth-light-1 bg-fi-white-base p-2" data-testid="condition-rule">
      <label htmlFor={`${path}-field`} className="label text-sm">
        {t("field", { number })}
      </label>
      <select
        id={`${path}-field`}
        className="input"
        value={rule.field}
        onChange={(event) => {
          const next = candidates.find((candidate) => candidate.key === event.target.value);
          if (next) onChange(defaultRule(next));
        }}
      >
        {field ? null : <option value={rule.field}>{rule.field}</option>}
        {candidates.map((candidate) => (
          <option key={candidate.key} value={candidate.key}>
            {localize(candidate.label, "fi")} ({candidate.key})
          </option>
        ))}
      </select>
      <label htmlFor={`${path}-operator`} className="label mt-1 text-sm">
        {t("operator")}
      </label>
      <select
        id={`${path}-operator`}
        className="input"
        value={rule.operator}
        onChange={(event) =>
          field && onChange(makeRule(field, event.target.value as TConditionOperator, rule, candidates))
        }
      >
        {operators.map((operator) => (
          <option key={operator} value={operator}>
            {t(`operators.${operator}`)}
          </option>
        ))}
      </select>
      {valueInput}
      <button
        type="button"
        className="btn btn-danger mt-2 min-h-0 py-1"
        onClick={onRemove}
        aria-label={t("removeRule", { number })}
      >
        {t("removeRuleShort")}
      </button>
    </div>
  );
}
