"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import type { TFormSettings } from "@/lib/form-admin/form-settings-schema";
import { CASE_MESSAGE_PLACEHOLDERS, CASE_MESSAGE_TEMPLATE_KINDS } from "@/lib/forms/case-message-templates";
import type { TLanguage } from "@/lib/forms/localized-text";

/** The case message templates of a form: title and body per kind in each of the form's languages. */
export function CaseMessageTemplateFields({
  register,
  languages,
}: {
  register: UseFormRegister<TFormSettings>;
  languages: readonly TLanguage[];
}) {
  const t = useTranslations("formSettings.caseMessages");
  const tLanguages = useTranslations("builder.languages");
  return (
    <>
      <p className="hint">{t("intro")}</p>
      {CASE_MESSAGE_TEMPLATE_KINDS.map((kind) => (
        <fieldset key={kind} className="mt-4" data-testid={`case-template-${kind}`}>
          <legend className="font-semibold">{t(`kinds.${kind}`)}</legend>
          <p className="hint" id={`case-template-${kind}-placeholders`}>
            {t("placeholders", {
              list: CASE_MESSAGE_PLACEHOLDERS[kind].map((name) => `{${name}}`).join(", "),
            })}
          </p>
          {languages.map((language) => (
            <div key={language} className="mb-4">
              <label htmlFor={`case-${kind}-title-${language}`} className="label">
                {t("title")} ({tLanguages(language)})
              </label>
              <input
                id={`case-${kind}-title-${language}`}
                className="input"
                aria-describedby={`case-template-${kind}-placeholders`}
                {...register(`caseMessages.${kind}.title.${language}`)}
              />
              <label htmlFor={`case-${kind}-body-${language}`} className="label mt-2">
                {t("body")} ({tLanguages(language)})
              </label>
              <textarea
                id={`case-${kind}-body-${language}`}
                rows={5}
                className="input"
                aria-describedby={`case-template-${kind}-placeholders`}
                {...register(`caseMessages.${kind}.body.${language}`)}
              />
            </div>
          ))}
        </fieldset>
      ))}
    </>
  );
}
