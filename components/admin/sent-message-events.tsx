import { getFormatter, getTranslations } from "next-intl/server";
import type { TSentMessageEventType } from "@/lib/suomifi/rest-schemas";

/** The message key of each Suomi.fi event type: a new type fails `tsc` here until it has a text. */
const EVENT_KEYS: Record<TSentMessageEventType, string> = {
  "Electronic message created": "created",
  "Electronic message read": "read",
  "Receipt confirmed": "receiptConfirmed",
  "Paper mail created": "paperCreated",
  "Sent for printing and enveloping": "sentForPrinting",
  "Posti: receipt confirmed": "postiReceiptConfirmed",
  "Posti: returned to sender": "postiReturned",
  "Posti: unresolved": "postiUnresolved",
};

export type TSentMessageEventsProps = {
  channel: string;
  events: { id: string; type: string; eventTime: Date }[];
};

/** What Suomi.fi told of one message the organisation sent: how it went and each event, at its time. */
export async function SentMessageEvents({ channel, events }: TSentMessageEventsProps) {
  const [t, format] = await Promise.all([getTranslations("sentMessageEvents"), getFormatter()]);
  const label = (type: string) =>
    Object.hasOwn(EVENT_KEYS, type) ? t(`types.${EVENT_KEYS[type as TSentMessageEventType]}`) : type;
  return (
    <div className="mt-1 text-sm" data-testid="sent-message-events">
      <p>{t(channel === "paper" ? "channel.paper" : "channel.electronic")}</p>
      {events.length === 0 ? (
        <p className="hint">{t("none")}</p>
      ) : (
        <ul aria-label={t("title")}>
          {events.map((event) => (
            <li key={event.id} data-testid="sent-message-event">
              <time dateTime={event.eventTime.toISOString()}>
                {format.dateTime(event.eventTime, { dateStyle: "short", timeStyle: "short" })}
              </time>{" "}
              {label(event.type)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
