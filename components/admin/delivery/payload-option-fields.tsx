import { useTranslations } from "next-intl";

/** How much of the sender a target gets, and (for kinds that send links) how attachments travel. */
export function PayloadOptionFields({
  idPrefix,
  hasAttachmentMode,
}: {
  idPrefix: string;
  hasAttachmentMode: boolean;
}) {
  const t = useTranslations("delivery");
  return (
    <>
      <label className="label" htmlFor={`${idPrefix}-sender`}>
        {t("senderDetail")}
      </label>
      <select id={`${idPrefix}-sender`} name="senderDetail" className="input mb-4" defaultValue="name">
        <option value="none">{t("senderNone")}</option>
        <option value="name">{t("senderName")}</option>
        <option value="name-and-id">{t("senderNameAndId")}</option>
      </select>
      {hasAttachmentMode ? (
        <>
          <label className="label" htmlFor={`${idPrefix}-attachments`}>
            {t("attachmentMode")}
          </label>
          <select
            id={`${idPrefix}-attachments`}
            name="attachmentMode"
            className="input mb-4"
            defaultValue="links"
          >
            <option value="links">{t("attachmentLinks")}</option>
            <option value="inline">{t("attachmentInline")}</option>
          </select>
        </>
      ) : null}
    </>
  );
}
