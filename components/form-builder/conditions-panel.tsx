"use client";
import { useLocale, useTranslations } from "next-intl";
import type { TCondition } from "@/lib/forms/condition-definition";
import type { TField } from "@/lib/forms/definition";
import type { TLanguage } from "@/lib/forms/localized-text";
import { useBuilder } from "./builder-context";
import { ConditionGroupEditor } from "./condition-group-editor";
import { conditionCandidates, defaultRule, type TConditionOwner } from "./condition-fields";
import { summarizeCondition } from "./condition-summary";

/** Show/hide and required-if rules of the selected page or element, with nested AND/OR groups. */
export function ConditionsPanel({
  owner,
  visibleIf,
  requiredIf,
  onChange,
}: {
  owner: TConditionOwner;
  visibleIf: TCondition | undefined;
  requiredIf?: TCondition | undefined;
  onChange: (visibleIf: TCondition | undefined, requiredIf: TCondition | undefined) => void;
}) {
  const t = useTranslations("builder.conditions");
  const language = useLocale() as TLanguage;
  const { state } = useBuilder();
  const definition = state.present;
  const candidates = conditionCandidates(definition, owner);
  const isField =
    owner.kind === "element" && owner.element.type !== "heading" && owner.element.type !== "info";
  const kinds: Array<"shown" | "required"> = isField ? ["shown", "required"] : ["shown"];

  const section = (kind: "shown" | "required") => {
    const condition = kind === "shown" ? visibleIf : requiredIf;
    const set = (next: TCondition | undefined) =>
      kind === "shown" ? onChange(next, requiredIf) : onChange(visibleIf, next);
    const headingId = `conditions-${kind}`;
    return (
      <section key={kind} aria-labelledby={headingId} className="mt-3">
        <h4 id={headingId} className="font-semibold">
          {t(`${kind}Title`)}
        </h4>
        {condition ? (
          <>
            <p
              className="my-2 rounded bg-fi-highlight-light-4 p-2 text-base"
              data-testid={`condition-summary-${kind}`}
            >
              {summarizeCondition(kind, condition, definition, language)}
            </p>
            <ConditionGroupEditor
              condition={condition}
              candidates={candidates}
              path={kind}
              depth={0}
              onChange={set}
            />
            <button type="button" className="btn btn-danger mt-2" onClick={() => set(undefined)}>
              {t(`remove.${kind}`)}
            </button>
          </>
        ) : (
          <>
            <p className="text-base text-fi-black-light-1">{t(`none.${kind}`)}</p>
            <button
              type="button"
              className="btn btn-secondary mt-1"
              disabled={candidates.length === 0}
              onClick={() => set({ all: [defaultRule(candidates[candidates.length - 1] as TField)] })}
            >
              {t(`add.${kind}`)}
            </button>
            <button
              type="button"
              className="btn btn-secondary mt-1 ml-2"
              onClick={() => set({ all: [{ filingRole: "guardian" }] })}
            >
              {t("addRole")}
            </button>
          </>
        )}
      </section>
    );
  };

  return (
    <section aria-labelledby="conditions-title" className="mt-4 border-t border-fi-depth-light-1 pt-3">
      <h3 id="conditions-title" className="text-lg">
        {t("title")}
      </h3>
      {candidates.length === 0 ? <p className="hint mt-1">{t("noCandidates")}</p> : null}
      {kinds.map(section)}
    </section>
  );
}
