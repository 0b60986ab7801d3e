import type { TLanguage } from "@/lib/forms/localized-text";
import { formatByteSize } from "@/lib/forms/messages";
import type { THandoff } from "@/lib/suomifi/post-handoff";
import { citizenText } from "./citizen-messages";

export type THandoffPageProps = {
  language: TLanguage;
  handoff: THandoff;
  reference: string;
  files: Array<{ id: string; name: string; size: number; sha256: string; url: string }>;
};

/**
 * The form that hands the submission to Suomi.fi Messages: hidden fields from the POST profile and the visible,
 * read-only message text. With the enhancement script the stored files are added to the post when the profile
 * allows files, and the page submits itself; without it the person presses the button.
 */
export function HandoffPage({ language, handoff, reference, files }: THandoffPageProps) {
  const t = (key: Parameters<typeof citizenText>[1], params?: Record<string, string | number>) =>
    citizenText(language, key, params);
  const fileFieldName = handoff.fileFieldName;
  return (
    <>
      <h1>{t("handoffTitle")}</h1>
      <p className="reference-line">
        {t("reference")}: <strong className="reference">{reference}</strong>
      </p>
      <p>{t("handoffBody")}</p>
      <form
        method="post"
        action={handoff.actionUrl}
        encType="multipart/form-data"
        acceptCharset="UTF-8"
        data-handoff-form=""
        data-file-field={fileFieldName}
      >
        {handoff.hiddenFields.map((field) => (
          <input key={field.name} type="hidden" name={field.name} value={field.value} />
        ))}
        <div className="field">
          <label className="label" htmlFor="handoff-text">
            {t("handoffText")}
          </label>
          <textarea
            className="input textarea handoff-text"
            id="handoff-text"
            name={handoff.textField.name}
            readOnly
            rows={16}
            defaultValue={handoff.textField.value}
          />
        </div>
        {files.length > 0 ? (
          <div className="handoff-files">
            <p>{fileFieldName ? t("handoffAttachmentsInPost") : t("handoffAttachmentsKept")}</p>
            <ul className="bullets">
              {files.map((file) => (
                <li
                  key={file.id}
                  data-file-url={fileFieldName ? file.url : undefined}
                  data-file-name={file.name}
                >
                  {file.name} ({formatByteSize(file.size, language)})
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p className="handoff-auto" hidden data-handoff-status="">
          {t("handoffAuto")}
        </p>
        <button type="submit" className="btn" data-handoff-button="">
          {t("handoffContinue")}
        </button>
      </form>
    </>
  );
}
