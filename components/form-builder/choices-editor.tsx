"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, type FieldValues, type UseFormReturn } from "react-hook-form";
import { uniqueName } from "./element-factory";

/** The options of a choice field: Finnish label and machine value, reorder, add and remove. */
export function ChoicesEditor({ form }: { form: UseFormReturn<FieldValues> }) {
  const t = useTranslations("builder.choices");
  const { register, control, getValues, formState } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: "settings.choices" });
  const errors = ((formState.errors.settings as Record<string, unknown> | undefined)?.choices ?? []) as Array<
    { value?: unknown; label?: unknown } | undefined
  >;
  return (
    <fieldset className="mb-3 rounded border border-fi-depth-light-1 p-2">
      <legend className="label px-1 text-base">{t("title")}</legend>
      <ol className="space-y-2">
        {fields.map((field, index) => (
          <li key={field.id} className="rounded bg-fi-depth-light-3 p-2">
            <label htmlFor={`choice-${index}-label`} className="label text-sm">
              {t("label", { number: index + 1 })}
            </label>
            {errors[index]?.label ? <span className="field-error">{t("labelRequired")}</span> : null}
            <input
              id={`choice-${index}-label`}
              className="input"
              {...register(`settings.choices.${index}.label.fi`)}
            />
            <label htmlFor={`choice-${index}-value`} className="label mt-1 text-sm">
              {t("value", { number: index + 1 })}
            </label>
            {errors[index]?.value ? <span className="field-error">{t("valueFormat")}</span> : null}
            <input
              id={`choice-${index}-value`}
              className="input"
              {...register(`settings.choices.${index}.value`)}
            />
            <div className="mt-1 flex gap-1">
              <button
                type="button"
                className="btn btn-secondary min-h-0 px-2 py-1"
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
                aria-label={t("moveUp", { number: index + 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                className="btn btn-secondary min-h-0 px-2 py-1"
                disabled={index === fields.length - 1}
                onClick={() => move(index, index + 1)}
                aria-label={t("moveDown", { number: index + 1 })}
              >
                ↓
              </button>
              <button
                type="button"
                className="btn btn-danger min-h-0 px-2 py-1"
                onClick={() => remove(index)}
                aria-label={t("remove", { number: index + 1 })}
              >
                {t("removeShort")}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn btn-secondary mt-2"
        onClick={() => {
          const taken = new Set(
            ((getValues("settings.choices") ?? []) as Array<{ value: string }>).map((choice) => choice.value),
          );
          append({ value: uniqueName("vaihtoehto", taken), label: { fi: t("newChoice") } });
        }}
      >
        {t("add")}
      </button>
    </fieldset>
  );
}
