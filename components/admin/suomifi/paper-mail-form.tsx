"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { StatusMessage } from "@/components/ui/status-message";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;
type TSender = { name: string; streetAddress: string; zipCode: string; city: string; countryCode: string };

const FIELDS = ["name", "streetAddress", "zipCode", "city", "countryCode"] as const;

/** Owners turn paper mail on (Suomi.fi prints and posts to people without a mailbox) and give the return address. */
export function PaperMailForm({
  isEnabled,
  sender,
  action,
}: {
  isEnabled: boolean;
  sender: TSender | null;
  action: TAction;
}) {
  const t = useTranslations("suomifiSettings.paperMail");
  const tErrors = useTranslations("errors");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  // Controlled, so a refused save keeps what the owner typed (React resets an uncontrolled form after an action).
  const [isChecked, setIsChecked] = useState(isEnabled);
  const [values, setValues] = useState<TSender>(
    sender ?? { name: "", streetAddress: "", zipCode: "", city: "", countryCode: "FI" },
  );
  const isSenderMissing = state.fieldErrors?.name?.includes("senderAddressRequired") ?? false;
  return (
    <form action={formAction} className="mt-4" noValidate>
      {state.status === "ok" ? <StatusMessage>{t("saved")}</StatusMessage> : null}
      {isSenderMissing ? <StatusMessage tone="alert">{t("senderAddressRequired")}</StatusMessage> : null}
      {state.status === "error" && !isSenderMissing ? (
        <StatusMessage tone="alert">{tErrors(state.messageKey ?? "invalidInput")}</StatusMessage>
      ) : null}
      <div className="mb-4 flex items-start gap-2">
        <input
          id="paper-mail-enabled"
          type="checkbox"
          name="isPaperMailEnabled"
          value="on"
          checked={isChecked}
          onChange={(event) => setIsChecked(event.target.checked)}
          className="mt-1.5 h-5 w-5 shrink-0"
        />
        <label htmlFor="paper-mail-enabled">{t("enabled")}</label>
      </div>
      <fieldset className="mb-4">
        <legend className="label">{t("senderTitle")}</legend>
        {FIELDS.map((field) => (
          <div key={field} className="mb-3">
            <label htmlFor={`paper-sender-${field}`} className="label">
              {t(field)}
            </label>
            <input
              id={`paper-sender-${field}`}
              name={field}
              className="input"
              value={values[field]}
              onChange={(event) => setValues({ ...values, [field]: event.target.value })}
              autoComplete={field === "name" ? "organization" : "off"}
              aria-invalid={isSenderMissing || undefined}
            />
          </div>
        ))}
      </fieldset>
      <button type="submit" className="btn btn-secondary" disabled={isPending}>
        {t("save")}
      </button>
    </form>
  );
}
