"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

export function RestoreVersionButton({
  formId,
  revision,
  version,
  action,
}: {
  formId: string;
  revision: number;
  version: number;
  action: TAction;
}) {
  const t = useTranslations("versions");
  const tErrors = useTranslations("builder.errors");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  return (
    <form action={formAction}>
      <input type="hidden" name="formId" value={formId} />
      <input type="hidden" name="revision" value={revision} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        className="underline text-fi-highlight-dark-1"
        disabled={isPending}
        aria-label={t("restoreNamed", { version })}
      >
        {t("restore")}
      </button>
      {state.status === "error" ? (
        <p role="alert" className="field-error">
          {tErrors(state.messageKey ?? "invalidInput")}
        </p>
      ) : null}
    </form>
  );
}
