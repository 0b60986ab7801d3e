"use client";
import { useLocale, useTranslations } from "next-intl";
import type { TCondition } from "@/lib/forms/condition-definition";
import type { TExitPage, TFormDefinition, TStopRule } from "@/lib/forms/definition";
import { localize, type TLanguage } from "@/lib/forms/localized-text";
import { listFieldNodes } from "@/lib/forms/walk-definition";
import { useBuilder } from "./builder-context";
import { ConditionGroupEditor } from "./condition-group-editor";
import { defaultRule } from "./condition-fields";
import { describeCondition } from "./condition-summary";
import { uniqueName, usedNames } from "./element-factory";
import { PropertyInput } from "./property-input";

/**
 * The form's exit pages and stop rules: "when <condition>, end the form with exit page X". Texts are written
 * here in Finnish; other languages in the translations panel, and publishing waits until every enabled
 * language has them.
 */
export function ExitPagesPanel() {
  const t = useTranslations("builder.exitPages");
  const language = useLocale() as TLanguage;
  const { state, dispatch } = useBuilder();
  const definition = state.present;
  const exitPages = definition.exitPages ?? [];
  const stopRules = definition.stopRules ?? [];
  // Stop rules may read any field outside repeating groups, on any page.
  const candidates = listFieldNodes(definition)
    .filter((node) => !node.group)
    .map((node) => node.element);

  const update = (next: Partial<TFormDefinition>, coalesceKey: string) =>
    dispatch({
      type: "updateForm",
      definition: withoutEmpty({ ...definition, ...next }),
      at: timestamp(),
      coalesceKey,
    });
  const setExitPage = (index: number, exitPage: TExitPage, key: string) =>
    update(
      { exitPages: exitPages.map((page, i) => (i === index ? exitPage : page)) },
      `exit:${index}:${key}`,
    );
  const setRule = (index: number, rule: TStopRule) =>
    update({ stopRules: stopRules.map((candidate, i) => (i === index ? rule : candidate)) }, `stop:${index}`);

  const addExitPage = () => {
    const taken = new Set([...usedNames(definition), ...exitPages.map((page) => page.id)]);
    const id = uniqueName("exit", taken);
    update({ exitPages: [...exitPages, { id, title: { fi: t("newTitle") }, body: { fi: "" } }] }, "exit:add");
  };
  const addRule = () => {
    const field = candidates[0];
    if (!field || !exitPages[0]) return;
    update(
      { stopRules: [...stopRules, { when: { all: [defaultRule(field)] }, exitPage: exitPages[0].id }] },
      "stop:add",
    );
  };

  return (
    <section aria-labelledby="exit-pages-title" className="mt-4 border-t border-fi-depth-light-1 pt-3">
      <h3 id="exit-pages-title" className="text-lg">
        {t("title")}
      </h3>
      <p className="hint mt-1">{t("intro")}</p>
      <ol className="mt-2 space-y-3">
        {exitPages.map((exitPage, index) => (
          <li key={index} className="rounded border border-fi-depth-light-1 p-2">
            <PropertyInput
              id={`exit-page-${index}-title`}
              label={t("pageTitle", { number: index + 1 })}
              value={exitPage.title.fi}
              onChange={(event) =>
                setExitPage(
                  index,
                  { ...exitPage, title: { ...exitPage.title, fi: event.target.value } },
                  "title",
                )
              }
            />
            <PropertyInput
              id={`exit-page-${index}-body`}
              label={t("body")}
              hint={t("bodyHint")}
              multiline
              value={exitPage.body.fi}
              onChange={(event) =>
                setExitPage(
                  index,
                  { ...exitPage, body: { ...exitPage.body, fi: event.target.value } },
                  "body",
                )
              }
            />
            <button
              type="button"
              className="btn btn-danger mt-2"
              onClick={() => update({ exitPages: exitPages.filter((_, i) => i !== index) }, "exit:remove")}
            >
              {t("removePage", { title: localize(exitPage.title, language) })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn-secondary mt-2" onClick={addExitPage}>
        {t("addPage")}
      </button>

      <h4 id="stop-rules-title" className="mt-4 font-semibold">
        {t("rulesTitle")}
      </h4>
      {stopRules.length === 0 ? <p className="text-base text-fi-black-light-1">{t("noRules")}</p> : null}
      <ol className="mt-2 space-y-3" aria-labelledby="stop-rules-title">
        {stopRules.map((rule, index) => (
          <li key={index} className="rounded border border-fi-depth-light-1 p-2">
            <p
              className="my-2 rounded bg-fi-highlight-light-4 p-2 text-base"
              data-testid={`stop-rule-summary-${index}`}
            >
              {t("summary", {
                number: index + 1,
                condition: describeCondition(rule.when, definition, language),
                page:
                  localize(exitPages.find((page) => page.id === rule.exitPage)?.title, language) ||
                  rule.exitPage,
              })}
            </p>
            <ConditionGroupEditor
              condition={rule.when}
              candidates={candidates}
              path={`stop-${index}`}
              depth={0}
              onChange={(when: TCondition) => setRule(index, { ...rule, when })}
              onRemove={() => update({ stopRules: stopRules.filter((_, i) => i !== index) }, "stop:remove")}
            />
            <label htmlFor={`stop-${index}-exit-page`} className="label mt-2">
              {t("endWith")}
            </label>
            <select
              id={`stop-${index}-exit-page`}
              className="input"
              value={rule.exitPage}
              onChange={(event) => setRule(index, { ...rule, exitPage: event.target.value })}
            >
              {exitPages.some((page) => page.id === rule.exitPage) ? null : (
                <option value={rule.exitPage}>{t("missingPage", { id: rule.exitPage })}</option>
              )}
              {exitPages.map((page) => (
                <option key={page.id} value={page.id}>
                  {localize(page.title, language)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn btn-danger mt-2"
              onClick={() => update({ stopRules: stopRules.filter((_, i) => i !== index) }, "stop:remove")}
            >
              {t("removeRule", { number: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn btn-secondary mt-2"
        disabled={candidates.length === 0 || exitPages.length === 0}
        onClick={addRule}
      >
        {t("addRule")}
      </button>
      {exitPages.length === 0 ? <p className="hint mt-1">{t("addPageFirst")}</p> : null}
    </section>
  );
}

/** When an edit happened (for coalescing undo steps); called from event handlers only. */
function timestamp(): number {
  return Date.now();
}

/** Empty lists are left out, so a form without exit pages keeps the definition it had. */
function withoutEmpty(definition: TFormDefinition): TFormDefinition {
  const { exitPages, stopRules, ...rest } = definition;
  return {
    ...rest,
    ...(exitPages?.length ? { exitPages } : {}),
    ...(stopRules?.length ? { stopRules } : {}),
  };
}
