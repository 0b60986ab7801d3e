"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

export function FormRowActions({
  formId,
  title,
  isArchived,
  canEdit,
  duplicateAction,
  archiveAction,
}: {
  formId: string;
  title: string;
  isArchived: boolean;
  canEdit: boolean;
  duplicateAction: TAction;
  archiveAction: TAction;
}) {
  const t = useTranslations("forms");
  const tErrors = useTranslations("builder.errors");
  const [duplicateState, duplicate, isDuplicating] = useActionState(duplicateAction, IDLE_STATE);
  const [archiveState, archive, isArchiving] = useActionState(archiveAction, IDLE_STATE);
  if (!canEdit)
    return (
      <Link href={`/admin/forms/${formId}/versions`} aria-label={t("versionsNamed", { title })}>
        {t("versions")}
      </Link>
    );
  const message = [duplicateState, archiveState].find((state) => state.status !== "idle");
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {!isArchived ? (
        <>
          <Link href={`/admin/forms/${formId}/edit`} aria-label={t("editNamed", { title })}>
            {t("edit")}
          </Link>
          <Link href={`/admin/forms/${formId}/settings`} aria-label={t("settingsNamed", { title })}>
            {t("settings")}
          </Link>
        </>
      ) : null}
      <Link href={`/admin/forms/${formId}/versions`} aria-label={t("versionsNamed", { title })}>
        {t("versions")}
      </Link>
      <form action={duplicate}>
        <input type="hidden" name="formId" value={formId} />
        <button
          type="submit"
          className="underline text-fi-highlight-dark-1"
          disabled={isDuplicating}
          aria-label={t("duplicateNamed", { title })}
        >
          {t("duplicate")}
        </button>
      </form>
      <form action={archive}>
        <input type="hidden" name="formId" value={formId} />
        <input type="hidden" name="restore" value={isArchived ? "1" : "0"} />
        <button
          type="submit"
          className="underline text-fi-highlight-dark-1"
          disabled={isArchiving}
          aria-label={isArchived ? t("restoreNamed", { title }) : t("archiveNamed", { title })}
        >
          {isArchived ? t("restore") : t("archive")}
        </button>
      </form>
      {message ? (
        <p role="status" className="w-full text-base">
          {message.status === "error"
            ? tErrors(message.messageKey ?? "invalidInput")
            : t(message.messageKey ?? "archived")}
        </p>
      ) : null}
    </div>
  );
}
