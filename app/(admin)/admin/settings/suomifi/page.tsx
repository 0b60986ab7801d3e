import { getTranslations } from "next-intl/server";
import { ConnectionCard } from "@/components/admin/suomifi/connection-card";
import { ConnectionForm } from "@/components/admin/suomifi/connection-form";
import { PaperMailForm } from "@/components/admin/suomifi/paper-mail-form";
import { requireAdmin } from "@/lib/auth/require-admin";
import { readPaperMailSettings } from "@/lib/outgoing/paper-mail-settings";
import {
  defaultPostProfile,
  defaultRestBaseUrl,
  ENVIRONMENTS,
  listConnections,
} from "@/lib/suomifi/connections/manage-connection";
import {
  addServiceAction,
  pollNowAction,
  removeServiceAction,
  rotatePasswordAction,
  saveConnectionAction,
  savePaperMailAction,
  testConnectionAction,
} from "./actions";

export default async function SuomifiSettingsPage() {
  const context = await requireAdmin("settings.manage");
  const [t, connections, paperMail] = await Promise.all([
    getTranslations("suomifiSettings"),
    listConnections(context.organization.id),
    readPaperMailSettings(context.organization.id),
  ]);
  const active = connections.find((connection) => connection.isActive) ?? connections[0];
  const defaults = Object.fromEntries(
    ENVIRONMENTS.map((environment) => {
      const existing = connections.find((connection) => connection.environment === environment);
      return [
        environment,
        {
          restBaseUrl: existing?.restBaseUrl ?? defaultRestBaseUrl(environment),
          username: existing?.username ?? "",
          postOrganizationId: existing?.postOrganizationId ?? "",
          postProfile: JSON.stringify(existing?.postProfile ?? defaultPostProfile(environment), null, 2),
          hasPassword: Boolean(existing),
        },
      ];
    }),
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      {connections.length === 0 ? <p className="alert mt-4">{t("none")}</p> : null}
      <div className="mt-6 grid gap-6">
        {connections.map((connection) => (
          <ConnectionCard
            key={connection.id}
            connection={{
              id: connection.id,
              environment: connection.environment,
              isActive: connection.isActive,
              restBaseUrl: connection.restBaseUrl,
              username: connection.username,
              passwordChangedAt: connection.passwordChangedAt?.toISOString() ?? null,
              credentialsFailingSince: connection.credentialsFailingSince?.toISOString() ?? null,
              services: connection.services.map((service) => ({
                id: service.id,
                serviceId: service.serviceId,
                name: service.name,
                formCount: service._count.forms,
              })),
            }}
            actions={{
              addService: addServiceAction,
              removeService: removeServiceAction,
              test: testConnectionAction,
              rotate: rotatePasswordAction,
              pollNow: pollNowAction,
            }}
          />
        ))}
      </div>
      <section className="panel mt-10 max-w-3xl" aria-labelledby="connection-form-title">
        <h2 id="connection-form-title">{t("formTitle")}</h2>
        <p className="mt-2">{t("formIntro")}</p>
        <ConnectionForm
          initialEnvironment={active?.environment ?? "sandbox"}
          defaults={defaults}
          action={saveConnectionAction}
        />
      </section>
      <section className="panel mt-10 max-w-3xl" aria-labelledby="paper-mail-title">
        <h2 id="paper-mail-title">{t("paperMail.title")}</h2>
        <p className="mt-2">{t("paperMail.intro")}</p>
        <PaperMailForm
          isEnabled={paperMail.isPaperMailEnabled}
          sender={paperMail.sender}
          action={savePaperMailAction}
        />
      </section>
      <section className="mt-10 max-w-3xl" aria-labelledby="go-live-title">
        <h2 id="go-live-title">{t("goLiveTitle")}</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          <li>{t("goLive1")}</li>
          <li>{t("goLive2")}</li>
          <li>{t("goLive3")}</li>
          <li>{t("goLive4")}</li>
          <li>{t("goLive5")}</li>
        </ol>
      </section>
    </>
  );
}
