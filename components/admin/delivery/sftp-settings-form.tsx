"use client";
// Adding an SFTP target in two steps: fetch the server's host key and show its fingerprint, then — once the owner
// has compared and confirmed it — the account, directory and private key. Saving connects with exactly that
// host key and writes a probe file, so a target that cannot work is never saved.
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { PayloadOptionFields } from "@/components/admin/delivery/payload-option-fields";
import type { TTargetSettingsFormProps } from "@/components/admin/delivery/target-settings-forms";
import { StatusMessage } from "@/components/ui/status-message";
import { IDLE_STATE } from "@/lib/auth/action-state";

function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  const t = useTranslations("delivery");
  const tErrors = useTranslations("errors");
  if (!messages?.length) return null;
  return (
    <p id={id} className="field-error">
      {messages
        .map((message) => (t.has(message) ? t(message, { error: "" }) : tErrors("invalidInput")))
        .join(" ")}
    </p>
  );
}

export function SftpSettingsForm({
  commonFields,
  createAction,
  fetchHostKeyAction,
}: TTargetSettingsFormProps) {
  const t = useTranslations("delivery");
  const tErrors = useTranslations("errors");
  const [hostKey, fetchKey, isFetching] = useActionState(fetchHostKeyAction, IDLE_STATE);
  const [created, create, isCreating] = useActionState(createAction, IDLE_STATE);
  const fetched = hostKey.status === "ok" ? hostKey.data : undefined;
  // Saved: a fresh, empty form, so the private key does not stay on screen (state adjusted while rendering).
  const [lastCreated, setLastCreated] = useState(created);
  const [savedCount, setSavedCount] = useState(0);
  if (created !== lastCreated) {
    setLastCreated(created);
    if (created.status === "ok") setSavedCount((count) => count + 1);
  }
  // Dispatching by hand keeps what the owner typed when the server refuses (React resets a form after its
  // action otherwise); without JavaScript the forms still post to the same actions.
  const submitWith = (dispatch: (formData: FormData) => void) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  const fieldErrors = created.status === "error" ? created.fieldErrors : undefined;
  const describedBy = (field: string, hint?: string) =>
    [hint, fieldErrors?.[field] ? `sftp-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mt-4">
      <p className="hint mb-4">{t("sftpIntro")}</p>
      <form action={fetchKey} onSubmit={submitWith(fetchKey)} aria-labelledby="sftp-step-host">
        <h3 id="sftp-step-host" className="mb-2">
          1. {t("sftpFetchHostKey")}
        </h3>
        {hostKey.status === "error" ? (
          <StatusMessage tone="alert">
            {hostKey.messageKey === "invalidInput"
              ? tErrors("invalidInput")
              : t("hostKeyFetchFailed", { error: String(hostKey.data?.error ?? "") })}
          </StatusMessage>
        ) : null}
        <label className="label" htmlFor="sftp-host">
          {t("sftpHost")}
        </label>
        <input
          id="sftp-host"
          name="host"
          className="input mb-4"
          required
          maxLength={253}
          autoComplete="off"
          spellCheck={false}
          defaultValue={typeof fetched?.host === "string" ? fetched.host : ""}
        />
        <label className="label" htmlFor="sftp-port">
          {t("sftpPort")}
        </label>
        <input
          id="sftp-port"
          name="port"
          type="number"
          inputMode="numeric"
          min={1}
          max={65535}
          className="input mb-4 max-w-32"
          required
          defaultValue={typeof fetched?.port === "number" ? fetched.port : 22}
        />
        <button type="submit" className="btn btn-secondary" disabled={isFetching}>
          {t("sftpFetchHostKey")}
        </button>
      </form>

      {fetched ? (
        <form
          key={savedCount}
          action={create}
          onSubmit={submitWith(create)}
          className="mt-6"
          aria-labelledby="sftp-step-account"
        >
          <input type="hidden" name="kind" value="sftp" />
          <input type="hidden" name="host" value={String(fetched.host)} />
          <input type="hidden" name="port" value={String(fetched.port)} />
          <input type="hidden" name="hostKeySha256" value={String(fetched.sha256)} />
          <div className="panel mb-4" data-testid="sftp-host-key">
            <h3 id="sftp-step-account">2. {t("sftpHostKeyTitle", { host: String(fetched.host) })}</h3>
            <p className="mt-2 break-all">
              <span>{String(fetched.algorithm)}</span>{" "}
              <code data-testid="sftp-fingerprint">{String(fetched.sha256)}</code>
            </p>
            <p className="hint" id="sftp-host-key-hint">
              {t("sftpHostKeyHint")}
            </p>
            <label className="mt-2 flex items-start gap-2">
              <input type="checkbox" name="hostKeyConfirmed" required aria-describedby="sftp-host-key-hint" />
              <span>{t("sftpHostKeyConfirm")}</span>
            </label>
          </div>
          {created.status === "error" ? (
            <StatusMessage tone="alert">
              {created.messageKey && created.messageKey !== "invalidInput" && t.has(created.messageKey)
                ? t(created.messageKey, { error: String(created.data?.error ?? "") })
                : tErrors("invalidInput")}
            </StatusMessage>
          ) : null}
          {created.status === "ok" ? <StatusMessage>{t("created")}</StatusMessage> : null}
          {commonFields}
          <label className="label" htmlFor="sftp-username">
            {t("sftpUsername")}
          </label>
          <input
            id="sftp-username"
            name="username"
            className="input mb-4"
            required
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={fieldErrors?.username ? true : undefined}
            aria-describedby={describedBy("username")}
          />
          <FieldError id="sftp-username-error" messages={fieldErrors?.username} />
          <label className="label" htmlFor="sftp-directory">
            {t("sftpDirectory")}
          </label>
          <p id="sftp-directory-hint" className="hint">
            {t("sftpDirectoryHint")}
          </p>
          <input
            id="sftp-directory"
            name="directory"
            className="input mb-4"
            required
            maxLength={500}
            spellCheck={false}
            aria-invalid={fieldErrors?.directory ? true : undefined}
            aria-describedby={describedBy("directory", "sftp-directory-hint")}
          />
          <FieldError id="sftp-directory-error" messages={fieldErrors?.directory} />
          <label className="label" htmlFor="sftp-private-key">
            {t("sftpPrivateKey")}
          </label>
          <p id="sftp-private-key-hint" className="hint">
            {t("sftpPrivateKeyHint")}
          </p>
          <textarea
            id="sftp-private-key"
            name="privateKey"
            className="input mb-4 font-mono text-sm"
            rows={6}
            required
            spellCheck={false}
            autoComplete="off"
            aria-invalid={fieldErrors?.privateKey ? true : undefined}
            aria-describedby={describedBy("privateKey", "sftp-private-key-hint")}
          />
          <FieldError id="sftp-privateKey-error" messages={fieldErrors?.privateKey} />
          <label className="label" htmlFor="sftp-passphrase">
            {t("sftpPassphrase")}
          </label>
          <input
            id="sftp-passphrase"
            name="passphrase"
            type="password"
            className="input mb-4"
            autoComplete="off"
          />
          <PayloadOptionFields idPrefix="sftp" hasAttachmentMode={false} />
          <button type="submit" className="btn" disabled={isCreating}>
            {t("create")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
