import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DeliveryActionForm } from "@/components/admin/delivery/delivery-action-form";
import { BackfillPanel } from "@/components/admin/delivery/backfill-panel";
import { HealthPanel } from "@/components/admin/delivery/health-panel";
import { TargetFormsFieldset } from "@/components/admin/delivery/target-forms-fieldset";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listBackfills } from "@/lib/delivery/backfill-deliveries";
import { getOrganizationHealth } from "@/lib/delivery/get-organization-health";
import { listDeliverySettings } from "@/lib/delivery/manage-targets";
import {
  addAllowlistAction,
  createTargetAction,
  removeAllowlistAction,
  requestBackfillAction,
  rotateSecretAction,
  setTargetFormsAction,
  testTargetAction,
  toggleTargetAction,
} from "./actions";

export default async function DeliveryPage() {
  const context = await requireAdmin("delivery.manage");
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
                    <td>{target.kind === "webhook" ? t("kindWebhook") : t("kindPull")}</td>
                    <td className="break-all">{target.url ?? "—"}</td>
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
                      {target.kind === "webhook" ? (
                        <>
                          <DeliveryActionForm
                            action={testTargetAction}
                            submitLabel={t("sendTest")}
                            hidden={{ targetId: target.id }}
                          />
                          <DeliveryActionForm
                            action={rotateSecretAction}
                            submitLabel={t("rotateSecret")}
                            hidden={{ targetId: target.id }}
                          />
                        </>
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
        <DeliveryActionForm
          action={createTargetAction}
          submitLabel={t("create")}
          buttonClassName="btn"
          className="mt-4"
        >
          <label className="label" htmlFor="target-name">
            {t("name")}
          </label>
          <input id="target-name" name="name" className="input mb-4" required maxLength={100} />
          <label className="label" htmlFor="target-kind">
            {t("kind")}
          </label>
          <select id="target-kind" name="kind" className="input mb-4" defaultValue="webhook">
            <option value="webhook">{t("kindWebhook")}</option>
            <option value="pull">{t("kindPull")}</option>
          </select>
          <label className="label" htmlFor="target-url">
            {t("url")}
          </label>
          <input id="target-url" name="url" type="url" className="input mb-4" placeholder="https://" />
          <label className="label" htmlFor="target-sender">
            {t("senderDetail")}
          </label>
          <select id="target-sender" name="senderDetail" className="input mb-4" defaultValue="name">
            <option value="none">{t("senderNone")}</option>
            <option value="name">{t("senderName")}</option>
            <option value="name-and-id">{t("senderNameAndId")}</option>
          </select>
          <label className="label" htmlFor="target-attachments">
            {t("attachmentMode")}
          </label>
          <select id="target-attachments" name="attachmentMode" className="input mb-4" defaultValue="links">
            <option value="links">{t("attachmentLinks")}</option>
            <option value="inline">{t("attachmentInline")}</option>
          </select>
          <TargetFormsFieldset
            legend={t("forms")}
            hint={t("formsHint")}
            forms={forms}
            selectedIds={[]}
            idPrefix="new-target-forms"
          />
        </DeliveryActionForm>
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
