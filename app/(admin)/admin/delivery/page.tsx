import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DeliveryActionForm } from "@/components/admin/delivery/delivery-action-form";
import { BackfillPanel } from "@/components/admin/delivery/backfill-panel";
import { HealthPanel } from "@/components/admin/delivery/health-panel";
import { TargetFormsFieldset } from "@/components/admin/delivery/target-forms-fieldset";
import { TARGET_KIND_LABELS, TARGET_SETTINGS_FORMS } from "@/components/admin/delivery/target-settings-forms";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listBackfills } from "@/lib/delivery/backfill-deliveries";
import { getOrganizationHealth } from "@/lib/delivery/get-organization-health";
import { listDeliverySettings } from "@/lib/delivery/manage-targets";
import { TARGET_KINDS } from "@/lib/delivery/target-registry";
import {
  addAllowlistAction,
  createTargetAction,
  fetchHostKeyAction,
  removeAllowlistAction,
  requestBackfillAction,
  rotateSecretAction,
  setTargetFormsAction,
  testTargetAction,
  toggleTargetAction,
} from "./actions";

export default async function DeliveryPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const context = await requireAdmin("delivery.manage");
  const requested = (await searchParams).kind;
  const kind = TARGET_KINDS.find((candidate) => candidate === requested) ?? "webhook";
  const SettingsForm = TARGET_SETTINGS_FORMS[kind];
  const locale = await getLocale();
  const [t, format, health, { targets, allowlist, offeredNetworks, forms }, backfills] = await Promise.all([
    getTranslations("delivery"),
    getFormatter(),
    getOrganizationHealth(context.organization.id),
    listDeliverySettings(context.organization.id, locale),
    listBackfills(context.organization.id),
  ]);
  const formTitles = new Map(forms.map((form) => [form.id, form.title]));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      <HealthPanel health={health} />

      <section className="mt-10" aria-labelledby="targets-title">
        <h2 id="targets-title">{t("targetsTitle")}</h2>
        {targets.length === 0 ? (
          <p className="mt-2">{t("noTargets")}</p>
        ) : (
          <div className="relative mt-4 overflow-x-auto">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("name")}</th>
                  <th scope="col">{t("kind")}</th>
                  <th scope="col">{t("url")}</th>
                  <th scope="col">{t("forms")}</th>
                  <th scope="col">{t("state")}</th>
                  <th scope="col">{t("actions")}</th>
                </tr>
              </thead>
              <tbody>
                {targets.map((target) => (
                  <tr key={target.id}>
                    <td>{target.name}</td>
                    <td>{t(TARGET_KIND_LABELS[target.kind])}</td>
                    <td className="break-all" data-testid="target-address">
                      {target.address}
                    </td>
                    <td data-testid="target-forms">
                      {target.formIds.length === 0
                        ? t("formsAll")
                        : target.formIds.map((id) => formTitles.get(id) ?? id).join(", ")}
                      <details className="mt-2">
                        <summary className="cursor-pointer text-fi-brand-base underline">
                          {t("changeForms")}
                          <span className="sr-only">: {target.name}</span>
                        </summary>
                        <DeliveryActionForm
                          action={setTargetFormsAction}
                          submitLabel={t("saveForms")}
                          hidden={{ targetId: target.id }}
                          className="mt-2"
                        >
                          <TargetFormsFieldset
                            legend={t("forms")}
                            hint={t("formsHint")}
                            forms={forms}
                            selectedIds={target.formIds}
                            idPrefix={`target-${target.id}-forms`}
                          />
                        </DeliveryActionForm>
                      </details>
                    </td>
                    <td>
                      {target.isEnabled ? t("enabled") : t("disabled")}
                      <span className="block text-fi-black-light-1">
                        {format.dateTime(target.createdAt, { dateStyle: "short" })}
                      </span>
                    </td>
                    <td className="space-y-2">
                      {target.canTest ? (
                        <DeliveryActionForm
                          action={testTargetAction}
                          submitLabel={t("sendTest")}
                          hidden={{ targetId: target.id }}
                        />
                      ) : null}
                      {target.kind === "webhook" ? (
                        <DeliveryActionForm
                          action={rotateSecretAction}
                          submitLabel={t("rotateSecret")}
                          hidden={{ targetId: target.id }}
                        />
                      ) : null}
                      <DeliveryActionForm
                        action={toggleTargetAction}
                        submitLabel={target.isEnabled ? t("disable") : t("enable")}
                        hidden={{ targetId: target.id, isEnabled: String(!target.isEnabled) }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <BackfillPanel targets={targets} forms={forms} backfills={backfills} action={requestBackfillAction} />

      <section className="mt-10 panel max-w-2xl" aria-labelledby="create-target-title">
        <h2 id="create-target-title">{t("createTitle")}</h2>
        <nav aria-label={t("chooseKind")} className="mt-4">
          <ul className="flex flex-wrap gap-2">
            {TARGET_KINDS.map((candidate) => (
              <li key={candidate}>
                <Link
                  href={`/admin/delivery?kind=${candidate}#create-target-title`}
                  className={candidate === kind ? "btn" : "btn btn-secondary"}
                  aria-current={candidate === kind ? "page" : undefined}
                >
                  {t(TARGET_KIND_LABELS[candidate])}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SettingsForm
          key={kind}
          createAction={createTargetAction}
          fetchHostKeyAction={fetchHostKeyAction}
          commonFields={
            <>
              <label className="label" htmlFor="target-name">
                {t("name")}
              </label>
              <input id="target-name" name="name" className="input mb-4" required maxLength={100} />
              <TargetFormsFieldset
                legend={t("forms")}
                hint={t("formsHint")}
                forms={forms}
                selectedIds={[]}
                idPrefix="new-target-forms"
              />
            </>
          }
        />
      </section>

      <section className="mt-10 max-w-2xl" aria-labelledby="allowlist-title">
        <h2 id="allowlist-title">{t("allowlistTitle")}</h2>
        <p className="hint">{t("allowlistHint")}</p>
        <p className="hint" data-testid="offered-networks">
          {offeredNetworks.length > 0
            ? t("allowlistOffered", { networks: offeredNetworks.join(", ") })
            : t("allowlistNoneOffered")}
        </p>
        <ul className="mt-2">
          {allowlist.map((entry) => (
            <li
              key={entry.id}
              className="flex flex-wrap items-center gap-3 border-b border-fi-depth-light-1 py-2"
            >
              <code>{entry.cidr}</code>
              <span>{entry.note}</span>
              <DeliveryActionForm
                action={removeAllowlistAction}
                submitLabel={t("remove")}
                hidden={{ entryId: entry.id }}
              />
            </li>
          ))}
        </ul>
        <DeliveryActionForm action={addAllowlistAction} submitLabel={t("add")} className="mt-4">
          <label className="label" htmlFor="allow-cidr">
            {t("cidr")}
          </label>
          <input id="allow-cidr" name="cidr" className="input mb-4" required placeholder="10.1.2.0/24" />
          <label className="label" htmlFor="allow-note">
            {t("note")}
          </label>
          <input id="allow-note" name="note" className="input mb-4" maxLength={200} />
        </DeliveryActionForm>
      </section>

      <p className="mt-10">
        <Link href="/admin/delivery/api-keys">{t("apiKeysLink")}</Link> ·{" "}
        <a href="/api/v1/openapi.json">{t("openApi")}</a>
      </p>
    </>
  );
}
