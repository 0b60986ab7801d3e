"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

export function RevokeInvitationForm({ invitationId, action }: { invitationId: string; action: TAction }) {
  const t = useTranslations("members");
  const [, formAction] = useActionState(action, IDLE_STATE);
  return (
    <form action={formAction}>
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" className="btn btn-secondary">
        {t("revoke")}
      </button>
    </form>
  );
}
