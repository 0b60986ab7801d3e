"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { TPersonActionState } from "@/components/admin/privacy/person-action-state";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";

type TAction = (state: TPersonActionState, formData: FormData) => Promise<TPersonActionState>;

const IDLE: TPersonActionState = { status: "idle" };

/** The words and the input that differ between a person (henkilötunnus) and a company (Y-tunnus). */
const KINDS = {
  person: {
    input: "henkilotunnus",
    label: "henkilotunnus",
    hint: "henkilotunnusHint",
    find: "find",
    foundTitle: "foundTitle",
    confirm: "confirm",
    erase: "erase",
    erasedTitle: "erasedTitle",
  },
  company: {
    input: "businessId",
    label: "businessId",
    hint: "businessIdHint",
    find: "companyFind",
    foundTitle: "companyFoundTitle",
    confirm: "companyConfirm",
    erase: "companyErase",
    erasedTitle: "companyErasedTitle",
  },
} as const;

/** Find one person's (or company's) data by henkilötunnus (Y-tunnus), then erase it after an explicit confirmation. */
export function PersonDataPanel({
  findAction,
  eraseAction,
  kind = "person",
}: {
  findAction: TAction;
  eraseAction: TAction;
  kind?: keyof typeof KINDS;
}) {
  const t = useTranslations("privacy");
  const words = KINDS[kind];
  const format = useFormatter();
  // Controlled, so the code stays in the field after the lookup and goes with the erasure (POST only).
  const [code, setCode] = useState("");
  const [found, find, isFinding] = useActionState(findAction, IDLE);
  const [erased, erase, isErasing] = useActionState(eraseAction, IDLE);
  const date = (value: string) =>
    format.dateTime(new Date(value), { dateStyle: "short", timeStyle: "short" });
  const error = found.status === "error" ? found : erased.status === "error" ? erased : null;
  return (
    <div className="mt-6">
      <form action={find} noValidate className="panel max-w-2xl">
        {error ? <StatusMessage tone="alert">{t(error.messageKey)}</StatusMessage> : null}
        <TextField
          id={`${kind}-${words.input}`}
          name={words.input}
          label={t(words.label)}
          hint={t(words.hint)}
          autoComplete="off"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          errors={found.status === "error" ? [t(found.messageKey)] : undefined}
        />
        <button type="submit" className="btn" disabled={isFinding}>
          {t(words.find)}
        </button>
      </form>

      {found.status === "found" && erased.status !== "erased" ? (
        <section className="mt-8" aria-labelledby={`${kind}-found-title`} data-testid={`${kind}-found`}>
          <h2 id={`${kind}-found-title`}>{t(words.foundTitle, { code: found.found.maskedHenkilotunnus })}</h2>
          <h3 className="mt-4">{t("submissions", { count: found.found.submissions.length })}</h3>
          <ul>
            {found.found.submissions.map((submission) => (
              <li key={submission.id}>
                <Link href={`/admin/submissions/${submission.id}`}>{submission.reference}</Link> —{" "}
                {submission.formSlug}, {date(submission.createdAt)}
                {submission.deliveredTo.length > 0
                  ? ` (${t("deliveredTo", { targets: submission.deliveredTo.join(", ") })})`
                  : ""}
              </li>
            ))}
          </ul>
          <h3 className="mt-4">{t("drafts", { count: found.found.drafts.length })}</h3>
          <ul>
            {found.found.drafts.map((draft, index) => (
              <li key={index}>
                {draft.formSlug}, {date(draft.updatedAt)}
              </li>
            ))}
          </ul>
          <h3 className="mt-4">{t("messages", { count: found.found.retrievedMessages.length })}</h3>
          <ul>
            {found.found.retrievedMessages.map((message, index) => (
              <li key={index}>
                {message.reference ?? t("noReference")}, {date(message.retrievedAt)}
              </li>
            ))}
          </ul>
          <form action={erase} className="panel mt-6 max-w-2xl">
            <input type="hidden" name={words.input} value={code} />
            <p>{t("eraseIntro")}</p>
            <div className="my-4 flex items-start gap-2">
              <input
                id={`${kind}-erase-confirm`}
                type="checkbox"
                name="confirm"
                value="yes"
                className="mt-1.5 h-5 w-5 shrink-0"
              />
              <label htmlFor={`${kind}-erase-confirm`}>
                {t(words.confirm, { code: found.found.maskedHenkilotunnus })}
              </label>
            </div>
            <button type="submit" className="btn btn-danger" disabled={isErasing}>
              {t(words.erase)}
            </button>
          </form>
        </section>
      ) : null}

      {erased.status === "erased" ? (
        <section className="mt-8" data-testid={`${kind}-erased`}>
          <StatusMessage>
            <p className="font-semibold">
              {t(words.erasedTitle, { code: erased.report.maskedHenkilotunnus })}
            </p>
            <ul className="mt-2">
              <li>
                {t("erasedSubmissions", {
                  count: erased.report.submissionsErased.length,
                  references: erased.report.submissionsErased.join(", "),
                })}
              </li>
              <li>{t("erasedDrafts", { count: erased.report.draftsDeleted })}</li>
              <li>
                {t("erasedFiles", {
                  count: erased.report.storedFilesDeleted + erased.report.retrievedAttachmentsErased,
                })}
              </li>
              <li>{t("erasedMessages", { count: erased.report.retrievedMessagesErased })}</li>
            </ul>
            {erased.report.deliveredTo.length > 0 ? (
              <p className="mt-2">{t("forwardErasure", { targets: erased.report.deliveredTo.join(", ") })}</p>
            ) : null}
          </StatusMessage>
        </section>
      ) : null}
    </div>
  );
}
