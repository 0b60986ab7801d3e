"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";
import { ROLES } from "@/lib/auth/roles";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

export function InviteMemberForm({ action }: { action: TAction }) {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const tHints = useTranslations("roleHints");
  const tErrors = useTranslations("errors");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  const emailErrors = state.fieldErrors?.email ? [tErrors("emailInvalid")] : undefined;
  const link = state.data?.link;
  return (
    <form action={formAction} noValidate className="mt-4">
      <ErrorSummary
        title={tErrors("errorSummaryTitle")}
        items={emailErrors ? [{ fieldId: "invite-email", message: emailErrors[0]! }] : []}
      />
      {state.status === "error" && state.messageKey && !state.fieldErrors ? (
        <StatusMessage tone="alert">{tErrors(state.messageKey)}</StatusMessage>
      ) : null}
      {state.status === "ok" ? (
        <StatusMessage>
          <p>{t(state.messageKey ?? "inviteCreatedMailed", { email: String(state.data?.email ?? "") })}</p>
          {typeof link === "string" ? (
            <p className="mt-2 break-all">
              <code data-testid="invitation-link">{link}</code>
            </p>
          ) : null}
        </StatusMessage>
      ) : null}
      <TextField
        id="invite-email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="off"
        required
        errors={emailErrors}
      />
      <fieldset className="mb-5">
        <legend className="label">{t("role")}</legend>
        {ROLES.map((role) => (
          <div key={role} className="flex items-start gap-2 py-1">
            <input
              id={`invite-role-${role}`}
              type="radio"
              name="role"
              value={role}
              defaultChecked={role === "editor"}
              className="mt-1.5 h-5 w-5 shrink-0"
            />
            <label htmlFor={`invite-role-${role}`}>
              <span className="font-semibold">{tRoles(role)}</span> – {tHints(role)}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="btn" disabled={isPending}>
        {t("inviteSubmit")}
      </button>
    </form>
  );
}
