import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InboxActionForm } from "@/components/admin/inbox/inbox-action-form";
import { InboxList } from "@/components/admin/inbox/inbox-list";
import { requireAdmin } from "@/lib/auth/require-admin";
import { hasPermission } from "@/lib/auth/roles";
import { listInbox, ZInboxFilter } from "@/lib/inbox/list-inbox";
import { serviceNewMessagesAction } from "./actions";

const STATES = ["open", "new", "in_progress", "handled", "all"] as const;

/** The inbox's address for a state, a service and a page (the defaults left out). */
function inboxHref(filter: { state: string; service?: string; before?: string | bigint | null }): string {
  const params = new URLSearchParams();
  if (filter.state !== "open") params.set("state", filter.state);
  if (filter.service) params.set("service", filter.service);
  if (filter.before) params.set("before", String(filter.before));
  const query = params.toString();
  return query ? `/admin/inbox?${query}` : "/admin/inbox";
}

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const context = await requireAdmin("submissions.read");
  const filter = ZInboxFilter.parse(await searchParams);
  const inbox = await listInbox(context.organization.id, filter);
  const [t, format] = await Promise.all([getTranslations("inbox"), getFormatter()]);
  const canManage = hasPermission(context.role, "settings.manage");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <nav aria-label={t("filterLabel")} className="mt-4">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {STATES.map((state) => (
            <li key={state}>
              <Link
                href={inboxHref({ state, service: filter.service })}
                aria-current={filter.state === state ? "page" : undefined}
                className={filter.state === state ? "font-semibold" : undefined}
              >
                {t(`filter.${state}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {filter.service ? (
        <p className="mt-2" data-testid="inbox-service-filter">
          {t("serviceFilter", {
            service: inbox.services.find((service) => service.id === filter.service)?.name ?? "—",
          })}{" "}
          <Link href={inboxHref({ state: filter.state })}>{t("allServices")}</Link>
        </p>
      ) : null}
      <InboxList items={inbox.items} />
      {inbox.nextBefore ? (
        <p className="mt-4">
          <Link href={inboxHref({ ...filter, before: inbox.nextBefore })}>{t("older")}</Link>
        </p>
      ) : null}

      {inbox.unreadable.length > 0 ? (
        <section className="mt-8" aria-labelledby="unreadable-title">
          <h2 id="unreadable-title">{t("unreadableTitle")}</h2>
          <p className="hint">{t("unreadableIntro")}</p>
          <ul className="mt-2" data-testid="inbox-unreadable">
            {inbox.unreadable.map((event) => (
              <li key={event.id} className="border-b border-fi-depth-light-1 py-2">
                {event.service} · {t("suomifiMessage", { id: event.messageId ?? "—" })} ·{" "}
                {format.dateTime(new Date(event.eventTime), { dateStyle: "short", timeStyle: "short" })} —{" "}
                <code className="break-all">{event.reason}</code>{" "}
                {event.isGivenUp ? t("givenUp") : t("retrying", { count: event.failures })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="mt-8" aria-labelledby="services-title">
        <h2 id="services-title">{t("servicesTitle")}</h2>
        <p className="hint">{t("servicesIntro")}</p>
        <ul className="mt-2">
          {inbox.services.map((service) => (
            <li key={service.id} className="border-b border-fi-depth-light-1 py-2">
              {canManage ? (
                <InboxActionForm
                  action={serviceNewMessagesAction}
                  submitLabel={t("save")}
                  hidden={{ serviceRowId: service.id }}
                  className="flex flex-wrap items-center gap-2"
                >
                  <input
                    id={`accepts-${service.id}`}
                    type="checkbox"
                    name="acceptsNewMessages"
                    value="on"
                    defaultChecked={service.acceptsNewMessages}
                  />
                  <label htmlFor={`accepts-${service.id}`}>
                    {t("acceptsNewMessages", { service: service.name })}
                  </label>
                </InboxActionForm>
              ) : (
                <span>
                  {service.name}: {service.acceptsNewMessages ? t("acceptsYes") : t("acceptsNo")}
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
