"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState } from "react";
import { useForm } from "react-hook-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";
import { ZCreateForm, type TCreateForm } from "@/lib/form-admin/create-form-schema";
import { slugify } from "@/lib/form-admin/form-slug";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

export function CreateFormForm({
  action,
  templates,
}: {
  action: TAction;
  templates: Array<{ id: string; title: string; fieldCount: number }>;
}) {
  const t = useTranslations("forms");
  const tErrors = useTranslations("builder.errors");
  const tCommon = useTranslations("errors");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  const {
    register,
    handleSubmit,
    setValue,
    getFieldState,
    formState: { errors, submitCount },
  } = useForm<TCreateForm>({
    resolver: zodResolver(ZCreateForm),
    defaultValues: { title: "", slug: "", templateId: "" },
  });

  const titleField = register("title", {
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      if (!getFieldState("slug").isDirty) setValue("slug", slugify(event.target.value));
    },
  });
  const summary = [
    ...(errors.title ? [{ fieldId: "new-form-title", message: t("titleRequired") }] : []),
    ...(errors.slug ? [{ fieldId: "new-form-slug", message: t("slugInvalid") }] : []),
  ];
  const onSubmit = handleSubmit((values) => {
    const data = new FormData();
    data.set("title", values.title);
    data.set("slug", values.slug);
    data.set("templateId", values.templateId ?? "");
    startTransition(() => formAction(data));
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 max-w-2xl">
      {submitCount > 0 ? <ErrorSummary title={tCommon("errorSummaryTitle")} items={summary} /> : null}
      {state.status === "error" ? (
        <StatusMessage tone="alert">{tErrors(state.messageKey ?? "invalidInput")}</StatusMessage>
      ) : null}
      <TextField
        id="new-form-title"
        label={t("formTitle")}
        hint={t("formTitleHint")}
        errors={errors.title ? [t("titleRequired")] : undefined}
        {...titleField}
      />
      <TextField
        id="new-form-slug"
        label={t("slug")}
        hint={t("slugHint")}
        errors={errors.slug ? [t("slugInvalid")] : undefined}
        {...register("slug", { onChange: () => undefined })}
      />
      <fieldset className="mb-6">
        <legend className="label">{t("startFrom")}</legend>
        <div className="flex items-start gap-2 py-1">
          <input
            id="template-blank"
            type="radio"
            value=""
            className="mt-1.5 h-5 w-5 shrink-0"
            {...register("templateId")}
          />
          <label htmlFor="template-blank">{t("blankForm")}</label>
        </div>
        {templates.map((template) => (
          <div key={template.id} className="flex items-start gap-2 py-1">
            <input
              id={`template-${template.id}`}
              type="radio"
              value={template.id}
              className="mt-1.5 h-5 w-5 shrink-0"
              {...register("templateId")}
            />
            <label htmlFor={`template-${template.id}`}>
              {t("templateOption", { title: template.title, count: template.fieldCount })}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="btn" disabled={isPending}>
        {t("createSubmit")}
      </button>
    </form>
  );
}
