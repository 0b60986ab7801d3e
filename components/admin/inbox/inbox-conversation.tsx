import { getFormatter, getTranslations } from "next-intl/server";
import { SentMessageEvents } from "@/components/admin/sent-message-events";
import type { TInboxMessage } from "@/lib/inbox/read-inbox-message";

/** The thread as it happened: the citizen's messages and the organisation's answers, oldest first. */
export async function InboxConversation({ message }: { message: TInboxMessage }) {
  const [t, format] = await Promise.all([getTranslations("inbox"), getFormatter()]);
  return (
    <section className="mt-6" aria-labelledby="conversation-title">
      <h2 id="conversation-title">{t("conversationTitle")}</h2>
      <ol className="mt-2" data-testid="inbox-conversation">
        {message.conversation.map((entry) => (
          <li
            key={entry.id}
            className={`panel mt-2 ${entry.kind === "answer" ? "sm:ml-8" : ""}`}
            data-testid={`conversation-${entry.kind}`}
          >
            <p className="font-semibold">
              {entry.kind === "citizen" ? t("fromCitizen") : t("fromUs", { name: entry.by ?? "—" })} ·{" "}
              {format.dateTime(entry.at, { dateStyle: "short", timeStyle: "short" })}
              {entry.kind === "answer" && entry.status !== "sent"
                ? ` — ${t(`answerStatus.${entry.status === "failed" ? "failed" : "pending"}`)}${entry.error ? ` (${entry.error})` : ""}`
                : ""}
            </p>
            {entry.text ? (
              <>
                {entry.id !== message.id ? <p className="break-words">{entry.text.title}</p> : null}
                <p className="whitespace-pre-wrap break-words">{entry.text.body}</p>
              </>
            ) : (
              <p>{t("contentUnavailable")}</p>
            )}
            {entry.kind === "answer" ? (
              <SentMessageEvents channel={entry.channel} events={entry.events} />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
