import { getFormatter, getTranslations } from "next-intl/server";
import { DeliveryActionForm } from "@/components/admin/delivery/delivery-action-form";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listApiKeys } from "@/lib/delivery/pull/api-keys";
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
        </DeliveryActionForm>
      </section>
    </>
  );
}
