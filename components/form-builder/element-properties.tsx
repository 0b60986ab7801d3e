"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useForm, useWatch, type FieldValues } from "react-hook-form";
import * as z from "zod";
import { getFieldType } from "@/lib/forms/field-type-registry";
import { isField, ZElementId, ZFieldKey, type TElement, type TField } from "@/lib/forms/definition";
import { AUTOCOMPLETE_TOKENS } from "@/lib/forms/autocomplete";
import { defaultAutocomplete, hasAutocomplete } from "@/lib/forms/field-autocomplete";
import { canPrefill, PREFILL_SOURCES } from "@/lib/forms/identity-prefill";
import { ZLocalizedText } from "@/lib/forms/localized-text";
import { elementName } from "@/lib/forms/walk-definition";
import { useBuilder } from "./builder-context";
import { usedNames } from "./element-factory";
import { optionalText } from "./form-properties";
import { PropertyInput } from "./property-input";
import { useSyncValidValues } from "./rhf-sync";
import { TypeSettingsFields } from "./type-settings-fields";

const ZRequiredText = ZLocalizedText.refine((text) => text.fi.trim() !== "", { error: "required" });

function elementSchema(element: TElement, taken: Set<string>) {
  const unique = (name: string) => !taken.has(name);
  if (element.type === "heading")
    return z.object({ id: ZElementId.refine(unique, { error: "taken" }), text: ZRequiredText });
  if (element.type === "info")
    return z.object({ id: ZElementId.refine(unique, { error: "taken" }), markdown: ZRequiredText });
  return z.object({
    key: ZFieldKey.refine(unique, { error: "taken" }),
    label: ZRequiredText,
    hint: ZLocalizedText,
    required: z.boolean(),
    prefill: z.union([z.literal(""), z.enum(PREFILL_SOURCES)]).transform((value) => value || undefined),
    autocomplete: z
      .union([z.literal(""), z.enum(AUTOCOMPLETE_TOKENS)])
      .transform((value) => value || undefined),
    settings: getFieldType(element.type).settingsSchema,
  });
}

function formValues(element: TElement): FieldValues {
  if (element.type === "heading") return { id: element.id, text: element.text };
  if (element.type === "info") return { id: element.id, markdown: element.markdown };
  return {
    key: element.key,
    label: element.label,
    hint: element.hint ?? { fi: "" },
    required: element.required,
    prefill: element.prefill ?? "",
    autocomplete: element.autocomplete ?? "",
    settings: element.settings,
  };
}

/** Label, hint, required, the field key and the type's own settings, validated with lib/forms schemas. */
export function ElementProperties({ element }: { element: TElement }) {
  const t = useTranslations("builder.properties");
  const tTypes = useTranslations("builder.types");
  const { state, dispatch } = useBuilder();
  const name = elementName(element);
  const schema = useMemo(() => {
    const taken = usedNames(state.present);
    taken.delete(name);
    return elementSchema(element, taken);
    // Names taken elsewhere do not change while this element is being edited.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const form = useForm<FieldValues>({
    // The schema depends on the element type; the form's values are typed loosely for the same reason.
    resolver: zodResolver(schema as z.ZodType<FieldValues, FieldValues>),
    mode: "onChange",
    defaultValues: formValues(element),
  });
  const { register, control, formState } = form;
  const values = useWatch({ control });
  useSyncValidValues(
    schema,
    values,
    element,
    (parsed): TElement => {
      const next = { ...element, ...(parsed as object) } as TElement;
      if (isField(next)) next.hint = optionalText(next.hint);
      return next;
    },
    (next) => dispatch({ type: "updateElement", name: elementName(element), element: next, at: Date.now() }),
  );
  const error = (field: string, messages: Record<string, string>) => {
    const issue = formState.errors[field];
    if (!issue) return undefined;
    const message = typeof issue.message === "string" ? issue.message : "";
    return messages[message] ?? messages.default;
  };
  const idError = (field: string) =>
    error(field, { taken: t("errors.taken"), default: t("errors.idFormat") });
  const textError = (field: string) => error(field, { default: t("errors.required") });

  if (element.type === "heading" || element.type === "info") {
    const textField = element.type === "heading" ? "text" : "markdown";
    return (
      <form className="mt-3" onSubmit={(event) => event.preventDefault()} aria-label={t("elementForm")}>
        <PropertyInput
          id="element-text"
          label={element.type === "heading" ? t("headingText") : t("infoText")}
          hint={element.type === "info" ? t("markdownHint") : undefined}
          multiline={element.type === "info"}
          error={textError(textField)}
          {...register(`${textField}.fi`)}
        />
        <PropertyInput
          id="element-id"
          label={t("elementId")}
          hint={t("idHint")}
          error={idError("id")}
          {...register("id")}
        />
      </form>
    );
  }
  return (
    <form className="mt-3" onSubmit={(event) => event.preventDefault()} aria-label={t("elementForm")}>
      <p className="mb-2 text-sm text-fi-black-light-1">{tTypes(`descriptions.${element.type}`)}</p>
      <PropertyInput
        id="element-label"
        label={t("label")}
        error={textError("label")}
        {...register("label.fi")}
      />
      <PropertyInput id="element-hint" label={t("hint")} multiline {...register("hint.fi")} />
      <div className="mb-3 flex items-center gap-2">
        <input id="element-required" type="checkbox" className="h-5 w-5" {...register("required")} />
        <label htmlFor="element-required" className="font-semibold">
          {t("required")}
        </label>
      </div>
      {PREFILL_SOURCES.some((source) => canPrefill(element.type, source)) ? (
        <div className="mb-3">
          <label htmlFor="element-prefill" className="font-semibold">
            {t("prefill")}
          </label>
          <p id="element-prefill-hint" className="text-sm text-fi-black-light-1">
            {t("prefillHint")}
          </p>
          <select
            id="element-prefill"
            className="input"
            aria-describedby="element-prefill-hint"
            {...register("prefill")}
          >
            <option value="">{t("prefillNone")}</option>
            {PREFILL_SOURCES.filter((source) => canPrefill(element.type, source)).map((source) => (
              <option key={source} value={source}>
                {t(`prefillSources.${source}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {hasAutocomplete(element.type) ? (
        <div className="mb-3">
          <label htmlFor="element-autocomplete" className="font-semibold">
            {t("autocomplete")}
          </label>
          <p id="element-autocomplete-hint" className="text-sm text-fi-black-light-1">
            {t("autocompleteHint")}
          </p>
          <select
            id="element-autocomplete"
            className="input"
            aria-describedby="element-autocomplete-hint"
            {...register("autocomplete")}
          >
            <option value="">
              {t("autocompleteDefault", {
                token:
                  defaultAutocomplete({ ...element, prefill: values.prefill || undefined } as TField) ??
                  "off",
              })}
            </option>
            {AUTOCOMPLETE_TOKENS.map((token) => (
              <option key={token} value={token}>
                {token}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <TypeSettingsFields type={element.type} form={form} />
      <PropertyInput
        id="element-key"
        label={t("key")}
        hint={t("keyHint")}
        error={idError("key")}
        {...register("key")}
      />
    </form>
  );
}
