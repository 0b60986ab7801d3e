// Customer service: a citizen calls about their submission; find it by its reference and tell them where it is
// (state, steps, deliveries) without seeing what they wrote or who they are.
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DeliveryLedger } from "@/components/admin/delivery/delivery-ledger";
import { auditActor, requireAdmin } from "@/lib/auth/require-admin";
import { hasPermission } from "@/lib/auth/roles";
import { lookUpSubmissionByReference } from "@/lib/delivery/submission-ledger";
import { localize, type TLanguage, type TLocalizedText } from "@/lib/forms/localized-text";

export default async function LookupPage({
  searchParams,
}: {
  searchParams: Promise<{ reference?: string | string[] }>;
}) {
  const context = await requireAdmin("submissions.lookup");
  const { reference: given } = await searchParams;
  const reference = typeof given === "string" ? given.trim().slice(0, 40) : "";
  const [t, tDelivery, format, locale] = await Promise.all([
    getTranslations("lookup"),
    getTranslations("delivery"),
    getFormatter(),
    getLocale(),
  ]);
  const result = reference
    ? await lookUpSubmissionByReference(context.organization.id, reference, auditActor(context))
    : null;
  const time = (value: Date | null) =>
    value ? format.dateTime(value, { dateStyle: "short", timeStyle: "short" }) : "—";
  const label = (key: string) => (tDelivery.has(key) ? tDelivery(key) : key);
  const ledger = result?.ledger ?? null;
  const title = (ledger?.submission.formVersion.definition as { title?: TLocalizedText } | null)?.title;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="lookup-reference" className="label">
            {t("reference")}
          </label>
          <p id="lookup-reference-hint" className="hint">
            {t("referenceHint")}
          </p>
          <input
            id="lookup-reference"
            name="reference"
            className="input"
            defaultValue={reference}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="lookup-reference-hint"
            required
          />
        </div>
        <button type="submit" className="btn btn-primary">
          {t("search")}
        </button>
      </form>

      {result && !ledger ? (
        <p className="field-error mt-4" role="alert" data-testid="lookup-not-found">
          {t("notFound", { reference: result.reference })}
        </p>
      ) : null}

      {ledger ? (
        <section className="mt-8" aria-labelledby="lookup-result-title" data-testid="lookup-result">
          <h2 id="lookup-result-title">{t("resultTitle", { reference: ledger.submission.reference })}</h2>
          <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
            <dt className="font-semibold">{t("form")}</dt>
            <dd>{title ? localize(title, locale as TLanguage) : ledger.submission.form.slug}</dd>
            <dt className="font-semibold">{t("state")}</dt>
            <dd data-testid="lookup-status">{label(`submissionStatus.${ledger.submission.status}`)}</dd>
            <dt className="font-semibold">{t("created")}</dt>
            <dd>{time(ledger.submission.createdAt)}</dd>
            <dt className="font-semibold">{t("retrieved")}</dt>
            <dd>{time(ledger.submission.retrievedAt)}</dd>
            <dt className="font-semibold">{t("delivered")}</dt>
            <dd>{time(ledger.submission.deliveredAt)}</dd>
          </dl>
          <h3 className="mt-6">{tDelivery("timeline")}</h3>
          <ol className="mt-2" data-testid="lookup-timeline">
            {ledger.events.map((event) => (
              <li key={String(event.id)} className="border-b border-fi-depth-light-1 py-2">
                <span className="font-semibold">{time(event.createdAt)}</span> {label(`event.${event.type}`)}
                {event.details && typeof event.details === "object" && "targetName" in event.details
                  ? ` — ${String((event.details as { targetName: string }).targetName)}`
                  : ""}
              </li>
            ))}
          </ol>
          <DeliveryLedger deliveries={ledger.deliveries} />
          {hasPermission(context.role, "submissions.read") ? (
            <p className="mt-6">
              <Link href={`/admin/submissions/${ledger.submission.id}`}>{t("openFull")}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
