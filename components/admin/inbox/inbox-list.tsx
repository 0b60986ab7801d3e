import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { listInbox } from "@/lib/inbox/list-inbox";

type TItem = Awaited<ReturnType<typeof listInbox>>["items"][number];

/** The inbox rows: who, which service, what, when, files, state; the henkilötunnus masked. */
export async function InboxList({ items }: { items: TItem[] }) {
  const [t, format] = await Promise.all([getTranslations("inbox"), getFormatter()]);
  if (items.length === 0) return <p className="mt-4">{t("empty")}</p>;
  return (
    <div className="relative mt-4 overflow-x-auto">
      <table className="data-table" data-testid="inbox-list">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("subject")}</th>
            <th scope="col">{t("sender")}</th>
            <th scope="col">{t("service")}</th>
            <th scope="col">{t("sentAt")}</th>
            <th scope="col">{t("attachments")}</th>
            <th scope="col">{t("state")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link href={`/admin/inbox/${item.id}`}>{item.subject ?? t("noSubject")}</Link>
                {item.match === "mention" ? <span className="block hint">{t("kind.mention")}</span> : null}
                {item.match === "reply" ? <span className="block hint">{t("kind.reply")}</span> : null}
                {item.problem ? <span className="block hint">{t(`problem.${item.problem}`)}</span> : null}
              </td>
              <td>
                {item.senderName ?? "—"}
                {item.senderIdMasked ? <span className="block hint">{item.senderIdMasked}</span> : null}
              </td>
              <td>{item.service}</td>
              <td>{format.dateTime(item.sentAt, { dateStyle: "short", timeStyle: "short" })}</td>
              <td>{item.attachments}</td>
              <td data-testid="inbox-state">
                {t(`states.${item.state}`)}
                {item.assignedTo ? <span className="block hint">{item.assignedTo}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
