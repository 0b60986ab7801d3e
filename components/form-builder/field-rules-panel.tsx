"use client";
import { useLocale, useTranslations } from "next-intl";
import type { TField, TFormDefinition } from "@/lib/forms/definition";
import { MESSAGE_KEYS_BY_TYPE } from "@/lib/forms/field-messages";
import {
  COMPARISON_OPERATORS,
  ORDERED_OPERATORS,
  type TComparisonOperator,
  type TFieldRule,
} from "@/lib/forms/field-rule-definition";
import { localize, type TLanguage, type TLocalizedText } from "@/lib/forms/localized-text";
import { messageTemplate, type TMessageKey } from "@/lib/forms/messages";
import { ruleCandidates } from "./rule-candidates";

const ORDERED_TYPES: ReadonlyArray<TField["type"]> = ["number", "date", "time"];

function operatorsFor(field: TField): readonly TComparisonOperator[] {
  return ORDERED_TYPES.includes(field.type)
    ? COMPARISON_OPERATORS
    : COMPARISON_OPERATORS.filter((operator) => !ORDERED_OPERATORS.includes(operator));
}

/** Leaves out blank languages; undefined when no language has text (the default message is then used). */
function cleanText(text: TLocalizedText): TLocalizedText | undefined {
  const entries = Object.entries(text).filter(([, value]) => value !== undefined && value.trim() !== "");
  // Finnish stays present (possibly blank, which diagnostics report) so the text is a valid LocalizedText.
  return entries.length ? ({ fi: "", ...Object.fromEntries(entries) } as TLocalizedText) : undefined;
}

function TextInputs({
  id,
  label,
  text,
  languages,
  placeholder,
  onChange,
}: {
  id: string;
  label: string;
  text: TLocalizedText | undefined;
  languages: TLanguage[];
  placeholder?: string;
  onChange: (next: TLocalizedText | undefined) => void;
}) {
  const tLanguages = useTranslations("builder.languages");
  return (
    <>
      {languages.map((language) => (
        <div key={language} className="mt-1">
          <label htmlFor={`${id}-${language}`} className="label text-sm">
            {label} ({tLanguages(language)})
          </label>
          <input
            id={`${id}-${language}`}
            className="input"
            value={text?.[language] ?? ""}
            placeholder={language === "fi" ? placeholder : undefined}
            onChange={(event) => onChange(cleanText({ fi: "", ...text, [language]: event.target.value }))}
          />
        </div>
      ))}
    </>
  );
}

/**
 * Rules between the field and others ("to" not before "from", at least one of several filled) and the
 * field's own messages, each in every language of the form.
 */
export function FieldRulesPanel({
  field,
  definition,
  onChange,
}: {
  field: TField;
  definition: TFormDefinition;
  onChange: (rules: TFieldRule[] | undefined, errorMessages: TField["errorMessages"]) => void;
}) {
  const t = useTranslations("builder.rules");
  const adminLanguage = useLocale() as TLanguage;
  const languages = definition.languages;
  const rules = field.rules ?? [];
  const candidates = ruleCandidates(definition, field);
  const comparable = candidates.filter((candidate) => candidate.type === field.type);
  const messageKeys: TMessageKey[] = ["required", ...MESSAGE_KEYS_BY_TYPE[field.type]];
  const ownMessages = field.errorMessages ?? {};
  const setRules = (next: TFieldRule[]) => onChange(next.length ? next : undefined, field.errorMessages);
  const replaceRule = (index: number, next: TFieldRule) =>
    setRules(rules.map((rule, i) => (i === index ? next : rule)));
  const setOwnMessage = (key: TMessageKey, text: TLocalizedText | undefined) => {
    const next = { ...ownMessages, [key]: text };
    if (!text) delete next[key];
    onChange(field.rules, Object.keys(next).length ? next : undefined);
  };
  const fieldName = (key: string) => {
    const found = candidates.find((candidate) => candidate.key === key);
    return found ? `${localize(found.label, adminLanguage)} (${found.key})` : key;
  };

  return (
    <section aria-labelledby="field-rules-title" className="mt-4 border-t border-fi-depth-light-1 pt-3">
      <h3 id="field-rules-title" className="text-lg">
        {t("title")}
      </h3>
      <p className="hint mt-1">{t("intro")}</p>
      <ol className="mt-2 space-y-2">
        {rules.map((rule, index) => {
          const path = `field-rule-${index}`;
          return (
            <li key={index}>
              <fieldset className="rounded border border-fi-depth-light-1 p-2" data-testid="field-rule">
                <legend className="px-1 font-semibold">
                  {t("rule", { number: index + 1 })}:{" "}
                  {rule.kind === "compare" ? t("kindCompare") : t("kindAtLeastOne")}
                </legend>
                {rule.kind === "compare" ? (
                  <>
                    <label htmlFor={`${path}-operator`} className="label text-sm">
                      {t("operator")}
                    </label>
                    <select
                      id={`${path}-operator`}
                      className="input"
                      value={rule.operator}
                      onChange={(event) =>
                        replaceRule(index, { ...rule, operator: event.target.value as TComparisonOperator })
                      }
                    >
                      {operatorsFor(field).map((operator) => (
                        <option key={operator} value={operator}>
                          {t(
                            `operators.${ORDERED_TYPES.includes(field.type) ? field.type : "other"}.${operator}`,
                          )}
                        </option>
                      ))}
                    </select>
                    <label htmlFor={`${path}-field`} className="label mt-1 text-sm">
                      {t("otherField")}
                    </label>
                    <select
                      id={`${path}-field`}
                      className="input"
                      value={rule.field}
                      onChange={(event) => replaceRule(index, { ...rule, field: event.target.value })}
                    >
                      {comparable.some((candidate) => candidate.key === rule.field) ? null : (
                        <option value={rule.field}>{rule.field}</option>
                      )}
                      {comparable.map((candidate) => (
                        <option key={candidate.key} value={candidate.key}>
                          {fieldName(candidate.key)}
                        </option>
                      ))}
                    </select>
                  </>
                ) : (
                  <fieldset className="mt-1">
                    <legend className="label text-sm">{t("fields")}</legend>
                    {candidates.map((candidate) => {
                      const id = `${path}-field-${candidate.key}`;
                      return (
                        <div key={candidate.key} className="flex items-center gap-2">
                          <input
                            id={id}
                            type="checkbox"
                            className="h-5 w-5"
                            checked={rule.fields.includes(candidate.key)}
                            onChange={(event) => {
                              const fields = event.target.checked
                                ? [...rule.fields, candidate.key]
                                : rule.fields.filter((key) => key !== candidate.key);
                              if (fields.length > 0) replaceRule(index, { ...rule, fields });
                            }}
                          />
                          <label htmlFor={id} className="text-base">
                            {fieldName(candidate.key)}
                          </label>
                        </div>
                      );
                    })}
                  </fieldset>
                )}
                <TextInputs
                  id={`${path}-message`}
                  label={t("message")}
                  text={rule.message}
                  languages={languages}
                  placeholder={t("defaultMessagePlaceholder")}
                  onChange={(message) => {
                    const { message: _previous, ...rest } = rule;
                    replaceRule(index, (message ? { ...rest, message } : rest) as TFieldRule);
                  }}
                />
                <button
                  type="button"
                  className="btn btn-danger mt-2 min-h-0 py-1"
                  aria-label={t("removeRule", { number: index + 1 })}
                  onClick={() => setRules(rules.filter((_, i) => i !== index))}
                >
                  {t("remove")}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-secondary min-h-0 py-1"
          disabled={comparable.length === 0}
          onClick={() =>
            setRules([
              ...rules,
              {
                kind: "compare",
                operator: ORDERED_TYPES.includes(field.type) ? "greaterOrEqual" : "equals",
                field: comparable[comparable.length - 1]!.key,
              },
            ])
          }
        >
          {t("addCompare")}
        </button>
        <button
          type="button"
          className="btn btn-secondary min-h-0 py-1"
          disabled={candidates.length === 0}
          onClick={() => setRules([...rules, { kind: "atLeastOne", fields: [candidates[0]!.key] }])}
        >
          {t("addAtLeastOne")}
        </button>
      </div>
      {comparable.length === 0 ? <p className="hint mt-1">{t("noComparable")}</p> : null}

      <h4 className="mt-3 font-semibold">{t("ownMessages")}</h4>
      <p className="hint">{t("ownMessagesIntro")}</p>
      {messageKeys.map((key) => {
        const text = ownMessages[key];
        const id = `own-message-${key}`;
        const preview = key === "required" ? t("requiredDefault") : messageTemplate(adminLanguage, key);
        return (
          <details key={key} className="mt-1" open={text !== undefined}>
            <summary className="cursor-pointer text-base">{preview}</summary>
            <TextInputs
              id={id}
              label={t("ownMessage")}
              text={text}
              languages={languages}
              onChange={(next) => setOwnMessage(key, next)}
            />
          </details>
        );
      })}
    </section>
  );
}
