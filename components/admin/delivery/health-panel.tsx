import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TOrganizationHealth } from "@/lib/delivery/get-organization-health";

const WARNING_KEYS = {
  "poll-stalled": "warningPollStalled",
  "retrieval-stalled": "warningRetrievalStalled",
  "undelivered-too-long": "warningUndelivered",
  "dead-deliveries": "warningDead",
  "held-submissions": "warningHeld",
} as const satisfies Record<TOrganizationHealth["warnings"][number], string>;

/** Retrieval and delivery health of the organisation, with the warning banner. */
export async function HealthPanel({ health }: { health: TOrganizationHealth }) {
  const [t, tInbox, format] = await Promise.all([
    getTranslations("delivery"),
    getTranslations("inbox"),
    getFormatter(),
  ]);
  return (
    <section className="mt-6" aria-labelledby="health-title">
      {health.warnings.length > 0 ? (
        <div className="alert mb-4" role="alert" data-testid="delivery-warning">
          <ul>
            {health.warnings.map((warning) => (
              <li key={warning}>
                {t(WARNING_KEYS[warning], { minutes: health.stallMinutes, count: health.waitingEvents })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h2 id="health-title">{t("healthTitle")}</h2>
      <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
        <dt className="font-semibold">{t("lastPoll")}</dt>
        <dd>
          {health.lastSuccessAt
            ? format.dateTime(health.lastSuccessAt, { dateStyle: "short", timeStyle: "medium" })
            : t("never")}
        </dd>
        <dt className="font-semibold">{t("lag")}</dt>
        <dd>{health.lagMs === null ? "—" : t("minutes", { count: Math.round(health.lagMs / 60_000) })}</dd>
        <dt className="font-semibold">{t("waitingEvents")}</dt>
        <dd data-testid="waiting-events">{health.waitingEvents}</dd>
        <dt className="font-semibold">{t("lastRetrieved")}</dt>
        <dd>
          {health.lastRetrievedAt
            ? format.dateTime(health.lastRetrievedAt, { dateStyle: "short", timeStyle: "medium" })
            : t("never")}
        </dd>
        <dt className="font-semibold">{t("undelivered")}</dt>
        <dd>{health.undelivered}</dd>
        <dt className="font-semibold">{t("dead")}</dt>
        <dd>{health.dead}</dd>
        <dt className="font-semibold">{t("held")}</dt>
        <dd>{health.held}</dd>
        <dt className="font-semibold">{t("unmatched")}</dt>
        <dd>
          {/* Every message Lomake could not place waits in the inbox, readable, with the reason. */}
          <Link href="/admin/inbox" data-testid="unmatched-link">
            {tInbox("openLink", { count: health.unmatched })}
          </Link>
        </dd>
        {health.lastError ? (
          <>
            <dt className="font-semibold">{t("lastError")}</dt>
            <dd>
              <code>{health.lastError}</code>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="mt-2">
        <Link href="/admin/submissions">{t("deliveries")}</Link>
      </p>
    </section>
  );
}
