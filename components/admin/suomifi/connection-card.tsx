"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

type TConnectionCardProps = {
  connection: {
    id: string;
    environment: "sandbox" | "qa" | "production";
    isActive: boolean;
    restBaseUrl: string;
    username: string;
    passwordChangedAt: string | null;
    /** ISO time since which Suomi.fi has refused the credentials, or null. */
    credentialsFailingSince: string | null;
    services: { id: string; serviceId: string; name: string; formCount: number }[];
  };
  actions: { addService: TAction; removeService: TAction; test: TAction; rotate: TAction; pollNow: TAction };
};

export function ConnectionCard({ connection, actions }: TConnectionCardProps) {
  const t = useTranslations("suomifiSettings");
  const tErrors = useTranslations("errors");
  const [testState, testAction, isTesting] = useActionState(actions.test, IDLE_STATE);
  const [rotateState, rotateAction, isRotating] = useActionState(actions.rotate, IDLE_STATE);
  const [serviceState, serviceAction] = useActionState(actions.addService, IDLE_STATE);
  const [removeState, removeAction] = useActionState(actions.removeService, IDLE_STATE);
  const [pollState, pollAction, isPolling] = useActionState(actions.pollNow, IDLE_STATE);
  const headingId = `connection-${connection.id}`;
  return (
    <section
      className="panel"
      aria-labelledby={headingId}
      data-testid={`connection-${connection.environment}`}
    >
      <h2 id={headingId}>
        {t(`env_${connection.environment}`)}{" "}
        {connection.isActive ? (
          <span className="ml-2 rounded bg-fi-success-secondary px-2 py-0.5 text-base">{t("active")}</span>
        ) : null}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("field_restBaseUrl")}</dt>
        <dd className="break-all">{connection.restBaseUrl}</dd>
        <dt className="font-semibold">{t("field_username")}</dt>
        <dd>{connection.username}</dd>
      </dl>
      {connection.credentialsFailingSince ? (
        <p className="alert mt-3" role="alert" data-testid="credentials-failing">
          {t("credentialsFailing", {
            since: new Date(connection.credentialsFailingSince).toLocaleString("fi-FI", {
              timeZone: "Europe/Helsinki",
            }),
          })}
        </p>
      ) : null}

      <div className="mt-4 flex flex-wrap gap-3">
        <form action={pollAction}>
          <input type="hidden" name="connectionId" value={connection.id} />
          <button type="submit" className="btn btn-secondary" disabled={isPolling || !connection.isActive}>
            {t("pollNow")}
          </button>
        </form>
        <form action={testAction}>
          <input type="hidden" name="connectionId" value={connection.id} />
          <button type="submit" className="btn btn-secondary" disabled={isTesting}>
            {t("test")}
          </button>
        </form>
        <form action={rotateAction}>
          <input type="hidden" name="connectionId" value={connection.id} />
          <button type="submit" className="btn btn-secondary" disabled={isRotating}>
            {t("rotate")}
          </button>
        </form>
      </div>
      <div aria-live="polite">
        {pollState.status === "ok" ? <StatusMessage>{t("pollNowQueued")}</StatusMessage> : null}
        {pollState.status === "error" && pollState.messageKey ? (
          <StatusMessage tone="alert">{tErrors(pollState.messageKey)}</StatusMessage>
        ) : null}
        {testState.status === "ok" ? (
          <StatusMessage>{t("testOk", { seconds: Number(testState.data?.seconds ?? 0) })}</StatusMessage>
        ) : null}
        {testState.status === "error" && testState.messageKey ? (
          <StatusMessage tone="alert">
            {testState.messageKey.startsWith("test_")
              ? t(testState.messageKey)
              : tErrors(testState.messageKey)}
            {testState.data?.status
              ? ` (HTTP ${testState.data.status}${testState.data.traceId ? `, trace ${testState.data.traceId}` : ""})`
              : ""}
          </StatusMessage>
        ) : null}
        {rotateState.status === "ok" && rotateState.messageKey ? (
          <StatusMessage>{t(rotateState.messageKey)}</StatusMessage>
        ) : null}
      </div>

      <h3 className="mt-6">{t("services")}</h3>
      {connection.services.length === 0 ? <p>{t("noServices")}</p> : null}
      <ul className="mt-2">
        {connection.services.map((service) => (
          <li
            key={service.id}
            className="flex flex-wrap items-center gap-3 border-b border-fi-depth-light-1 py-2"
          >
            <span className="font-semibold">{service.name}</span>
            <code>{service.serviceId}</code>
            <span className="text-fi-black-light-1">{t("formCount", { count: service.formCount })}</span>
            {service.formCount === 0 ? (
              <form action={removeAction}>
                <input type="hidden" name="serviceRowId" value={service.id} />
                <button type="submit" className="btn btn-danger">
                  {t("removeService")}
                  <span className="sr-only">: {service.name}</span>
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {removeState.status === "error" && removeState.messageKey ? (
        <StatusMessage tone="alert">{t("serviceInUse")}</StatusMessage>
      ) : null}
      <form action={serviceAction} className="mt-4 grid gap-x-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <input type="hidden" name="connectionId" value={connection.id} />
        <TextField
          id={`service-id-${connection.id}`}
          name="serviceId"
          label={t("serviceId")}
          errors={serviceState.fieldErrors?.serviceId}
        />
        <TextField
          id={`service-name-${connection.id}`}
          name="name"
          label={t("serviceName")}
          errors={serviceState.fieldErrors?.name}
        />
        <div className="mb-5">
          <button type="submit" className="btn btn-secondary">
            {t("addService")}
          </button>
        </div>
      </form>
      {serviceState.status === "ok" ? <StatusMessage>{t("serviceSaved")}</StatusMessage> : null}
    </section>
  );
}
