"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import * as z from "zod";
import { ZElementId, type TFormDefinition, type TPage } from "@/lib/forms/definition";
import { ZLocalizedText, type TLocalizedText } from "@/lib/forms/localized-text";
import { useBuilder } from "./builder-context";
import { usedNames } from "./element-factory";
import { PropertyInput } from "./property-input";
import { useSyncValidValues } from "./rhf-sync";

const ZRequiredText = ZLocalizedText.refine((text) => text.fi.trim() !== "", { error: "required" });

/** Optional texts are kept out of the definition while every language is blank. */
export function optionalText(text: TLocalizedText | undefined): TLocalizedText | undefined {
  if (!text) return undefined;
  return Object.values(text).some((value) => value && value.trim() !== "") ? text : undefined;
}

const ZFormTexts = z.object({
  title: ZRequiredText,
  description: ZLocalizedText,
  instructions: ZLocalizedText,
});

export function FormProperties() {
  const t = useTranslations("builder.properties");
  const { state, dispatch } = useBuilder();
  const definition = state.present;
  const { register, control, formState } = useForm({
    resolver: zodResolver(ZFormTexts),
    mode: "onChange",
    defaultValues: {
      title: definition.title,
      description: definition.description ?? { fi: "" },
      instructions: definition.instructions ?? { fi: "" },
    },
  });
  const values = useWatch({ control });
  useSyncValidValues(
    ZFormTexts,
    values,
    definition,
    (parsed): TFormDefinition => ({
      ...definition,
      title: parsed.title,
      description: optionalText(parsed.description),
      instructions: optionalText(parsed.instructions),
    }),
    (next) => dispatch({ type: "updateForm", definition: next, at: Date.now(), coalesceKey: "form" }),
  );
  return (
    <div className="mt-3">
      <PropertyInput
        id="form-title"
        label={t("formName")}
        error={formState.errors.title ? t("errors.required") : undefined}
        {...register("title.fi")}
      />
      <PropertyInput
        id="form-description"
        label={t("description")}
        multiline
        {...register("description.fi")}
      />
      <PropertyInput
        id="form-instructions"
        label={t("instructions")}
        hint={t("markdownHint")}
        multiline
        {...register("instructions.fi")}
      />
    </div>
  );
}

export function PageProperties({ pageIndex }: { pageIndex: number }) {
  const t = useTranslations("builder.properties");
  const { state, dispatch } = useBuilder();
  const page = state.present.pages[pageIndex]!;
  const schema = useMemo(() => {
    const taken = usedNames(state.present);
    taken.delete(page.id);
    return z.object({
      id: ZElementId.refine((id) => !taken.has(id), { error: "taken" }),
      title: ZRequiredText,
      description: ZLocalizedText,
    });
    // The schema only needs the names taken when the page was selected.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const { register, control, formState } = useForm({
    resolver: zodResolver(schema),
    mode: "onChange",
    defaultValues: { id: page.id, title: page.title, description: page.description ?? { fi: "" } },
  });
  const values = useWatch({ control });
  useSyncValidValues(
    schema,
    values,
    page,
    (parsed): TPage => ({
      ...page,
      id: parsed.id,
      title: parsed.title,
      description: optionalText(parsed.description),
    }),
    (next) => dispatch({ type: "updatePage", pageIndex, page: next, at: Date.now() }),
  );
  return (
    <div className="mt-3">
      <PropertyInput
        id="page-title"
        label={t("pageName")}
        error={formState.errors.title ? t("errors.required") : undefined}
        {...register("title.fi")}
      />
      <PropertyInput
        id="page-description"
        label={t("description")}
        multiline
        {...register("description.fi")}
      />
      <PropertyInput
        id="page-id"
        label={t("pageId")}
        hint={t("idHint")}
        error={
          formState.errors.id
            ? formState.errors.id.message === "taken"
              ? t("errors.taken")
              : t("errors.idFormat")
            : undefined
        }
        {...register("id")}
      />
    </div>
  );
}
