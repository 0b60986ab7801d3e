import { getFormatter, getTranslations } from "next-intl/server";
import { DeliveryActionForm } from "@/components/admin/delivery/delivery-action-form";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listApiKeys } from "@/lib/delivery/pull/api-keys";
import { API_SCOPES } from "@/lib/delivery/pull/api-scopes";
import { createKeyAction, revokeKeyAction } from "./actions";

export default async function ApiKeysPage() {
  const context = await requireAdmin("delivery.manage");
  const [t, format, keys] = await Promise.all([
    getTranslations("delivery"),
    getFormatter(),
    listApiKeys(context.organization.id),
  ]);
  const date = (value: Date | null) =>
    value ? format.dateTime(value, { dateStyle: "short", timeStyle: "short" }) : "—";
  return (
    <>
      <h1>{t("apiKeysTitle")}</h1>
      <p className="mt-2">{t("apiKeysIntro")}</p>
      <div className="mt-6 overflow-x-auto">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("keyName")}</th>
              <th scope="col">{t("prefix")}</th>
              <th scope="col">{t("scopes")}</th>
              <th scope="col">{t("createdAt")}</th>
              <th scope="col">{t("lastUsed")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.id}>
                <td>{key.name}</td>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>
                  <ul className="list-none">
                    {key.scopes.map((scope) => (
                      <li key={scope}>
                        {API_SCOPES.includes(scope as (typeof API_SCOPES)[number])
                          ? t(`scope.${scope as (typeof API_SCOPES)[number]}`)
                          : scope}{" "}
                        <code>{scope}</code>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{date(key.createdAt)}</td>
                <td>{date(key.lastUsedAt)}</td>
                <td>
                  {key.revokedAt ? (
                    t("revoked")
                  ) : (
                    <DeliveryActionForm
                      action={revokeKeyAction}
                      submitLabel={t("revoke")}
                      hidden={{ keyId: key.id }}
                      buttonClassName="btn btn-danger"
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="mt-10 panel max-w-2xl" aria-labelledby="create-key-title">
        <h2 id="create-key-title">{t("createKey")}</h2>
        <DeliveryActionForm
          action={createKeyAction}
          submitLabel={t("createKey")}
          buttonClassName="btn"
          className="mt-4"
        >
          <label className="label" htmlFor="key-name">
            {t("keyName")}
          </label>
          <input id="key-name" name="name" className="input mb-4" required maxLength={100} />
          <fieldset className="mb-4">
            <legend className="label">{t("scopes")}</legend>
            {API_SCOPES.map((scope) => (
              <div key={scope} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  id={`scope-${scope}`}
                  name={`scope.${scope}`}
                  defaultChecked={scope !== "messages:send"}
                />
                <label htmlFor={`scope-${scope}`}>
                  {t(`scope.${scope}`)} <code>{scope}</code>
                </label>
              </div>
            ))}
          </fieldset>
        </DeliveryActionForm>
      </section>
    </>
  );
}
