// The deliveries of a submission or a citizen message: each target, what it was sent (the form itself or a reply),
// every attempt, and the retry and replay actions for handlers.
import { getFormatter, getTranslations } from "next-intl/server";
import { DeliveryActionForm } from "@/components/admin/delivery/delivery-action-form";
import { TARGET_KIND_LABELS } from "@/components/admin/delivery/target-settings-forms";
import { ATTEMPT_STARTED } from "@/lib/delivery/attempt-outcome";
import type { TLedgerDelivery } from "@/lib/delivery/submission-ledger";
import type { TActionState } from "@/lib/auth/action-state";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

export async function DeliveryLedger({
  deliveries,
  retryAction,
  replayAction,
}: {
  deliveries: TLedgerDelivery[];
  /** Given to those who may handle: without them the ledger is read-only. */
  retryAction?: TAction;
  replayAction?: TAction;
}) {
  const [t, format] = await Promise.all([getTranslations("delivery"), getFormatter()]);
  const time = (value: Date | null) =>
    value ? format.dateTime(value, { dateStyle: "short", timeStyle: "medium" }) : "—";
  return (
    <section className="mt-8" aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">{t("deliveries")}</h2>
      {deliveries.length === 0 ? <p>{t("noDeliveries")}</p> : null}
      {deliveries.map((delivery) => (
        <div key={delivery.id} className="panel mt-4" data-testid="ledger-delivery">
          <h3>
            {delivery.target.name} — {t(`deliveryStatus.${delivery.status}`)}
          </h3>
          <p className="hint" data-testid="delivery-event">
            {t(`deliveryEvent.${delivery.event}`)}
            {delivery.event !== "submission_received" ? ` — ${time(delivery.createdAt)}` : ""}
          </p>
          <p className="hint break-all" data-testid="target-address">
            {t(TARGET_KIND_LABELS[delivery.target.kind])}: {delivery.target.address}
          </p>
          {delivery.requestIdLabel ? (
            <p className="hint break-all">
              {t(delivery.requestIdLabel)}: <code data-testid="webhook-id">{delivery.requestId}</code>
            </p>
          ) : null}
          {delivery.lastError ? <p className="field-error">{delivery.lastError}</p> : null}
          {delivery.status === "pending" && delivery.nextAttemptAt ? (
            <p data-testid="next-attempt">{t("nextAttempt", { time: time(delivery.nextAttemptAt) })}</p>
          ) : null}
          {delivery.attempts.length > 0 ? (
            <div className="relative mt-2 overflow-x-auto">
              <table className="data-table">
                <caption className="sr-only">{t("attempts")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("attempt")}</th>
                    <th scope="col">{t("createdAt")}</th>
                    <th scope="col">{t("status")}</th>
                    <th scope="col">{t("duration")}</th>
                    <th scope="col">{t("response")}</th>
                  </tr>
                </thead>
                <tbody>
                  {delivery.attempts.map((attempt) => (
                    <tr key={String(attempt.id)}>
                      <td>{attempt.attempt}</td>
                      <td>{time(attempt.startedAt)}</td>
                      <td data-testid="attempt-outcome">
                        {attempt.outcome === ATTEMPT_STARTED
                          ? t("attemptOutcomeUnknown")
                          : (attempt.status ?? attempt.outcome)}
                      </td>
                      <td>{attempt.durationMs} ms</td>
                      <td className="break-all">
                        <code>{attempt.error ?? attempt.responseExcerpt?.slice(0, 200) ?? ""}</code>
                        <span className="block text-fi-black-light-1">{attempt.requestId}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {retryAction && (delivery.status === "pending" || delivery.status === "dead") ? (
            <DeliveryActionForm
              action={retryAction}
              submitLabel={t("retryNow")}
              hidden={{ deliveryId: delivery.id }}
              className="mt-2"
            />
          ) : null}
          {replayAction && delivery.status === "succeeded" && delivery.canReplay ? (
            <DeliveryActionForm
              action={replayAction}
              submitLabel={t("replay")}
              hidden={{ deliveryId: delivery.id }}
              className="mt-2"
            />
          ) : null}
        </div>
      ))}
    </section>
  );
}
