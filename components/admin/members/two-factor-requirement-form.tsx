"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StatusMessage } from "@/components/ui/status-message";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

/** Owners require two-factor sign-in of every member; members without it are sent to set it up. */
export function TwoFactorRequirementForm({ isRequired, action }: { isRequired: boolean; action: TAction }) {
  const t = useTranslations("security");
  const tMembers = useTranslations("members");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  return (
    <form action={formAction} className="mt-4">
      {state.status === "ok" ? <StatusMessage>{t("requireSaved")}</StatusMessage> : null}
      <p className="hint mb-3">{tMembers("twoFactorHint")}</p>
      <div className="mb-4 flex items-start gap-2">
        <input
          id="require-two-factor"
          type="checkbox"
          name="isRequired"
          value="on"
          defaultChecked={isRequired}
          className="mt-1.5 h-5 w-5 shrink-0"
        />
        <label htmlFor="require-two-factor">{t("requireLabel")}</label>
      </div>
      <button type="submit" className="btn btn-secondary" disabled={isPending}>
        {t("requireSave")}
      </button>
    </form>
  );
}
