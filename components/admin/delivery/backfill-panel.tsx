import { getFormatter, getTranslations } from "next-intl/server";
import { DeliveryActionForm } from "@/components/admin/delivery/delivery-action-form";
import { RefreshWhileRunning } from "@/components/admin/delivery/refresh-while-running";
import { TargetFormsFieldset } from "@/components/admin/delivery/target-forms-fieldset";
import type { TActionState } from "@/lib/auth/action-state";
import type { listBackfills } from "@/lib/delivery/backfill-deliveries";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;
type TForm = { id: string; slug: string; title: string };

/** "Send earlier submissions" to a target, and the progress of every backfill. */
export async function BackfillPanel({
  targets,
  forms,
  backfills,
  action,
}: {
  targets: { id: string; name: string; isEnabled: boolean; formIds: string[] }[];
  forms: TForm[];
  backfills: Awaited<ReturnType<typeof listBackfills>>;
  action: TAction;
}) {
  const [t, format] = await Promise.all([getTranslations("delivery"), getFormatter()]);
  const targetNames = new Map(targets.map((target) => [target.id, target.name]));
  const isRunning = backfills.some((b) => b.status === "queued" || b.status === "running");
  const enabled = targets.filter((target) => target.isEnabled);
  return (
    <section className="mt-10 max-w-3xl" aria-labelledby="backfill-title">
      <h2 id="backfill-title">{t("backfillTitle")}</h2>
      <p className="hint">{t("backfillHint")}</p>
      {enabled.map((target) => (
        <details key={target.id} className="mt-3" data-testid="backfill-target">
          <summary className="cursor-pointer text-fi-brand-base underline">
            {t("backfillOpen", { name: target.name })}
          </summary>
          <DeliveryActionForm
            action={action}
            submitLabel={t("backfillSubmit")}
            buttonClassName="btn"
            hidden={{ targetId: target.id }}
            className="mt-2"
          >
            <TargetFormsFieldset
              legend={t("forms")}
              hint={t("backfillFormsHint")}
              forms={target.formIds.length > 0 ? forms.filter((f) => target.formIds.includes(f.id)) : forms}
              selectedIds={[]}
              idPrefix={`backfill-${target.id}-forms`}
            />
            <div className="mb-4 flex flex-wrap gap-4">
              <div>
                <label className="label" htmlFor={`backfill-${target.id}-from`}>
                  {t("backfillFrom")}
                </label>
                <input id={`backfill-${target.id}-from`} name="fromDay" type="date" className="input" />
              </div>
              <div>
                <label className="label" htmlFor={`backfill-${target.id}-to`}>
                  {t("backfillTo")}
                </label>
                <input id={`backfill-${target.id}-to`} name="toDay" type="date" className="input" />
              </div>
            </div>
          </DeliveryActionForm>
        </details>
      ))}
      {backfills.length > 0 ? (
        <div className="relative mt-4 overflow-x-auto">
          <RefreshWhileRunning isRunning={isRunning} />
          <table className="data-table" data-testid="backfills">
            <thead>
              <tr>
                <th scope="col">{t("backfillRequested")}</th>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("state")}</th>
                <th scope="col">{t("backfillProgress")}</th>
              </tr>
            </thead>
            <tbody>
              {backfills.map((backfill) => (
                <tr key={backfill.id}>
                  <td>{format.dateTime(backfill.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
                  <td>{targetNames.get(backfill.targetId) ?? "—"}</td>
                  <td>{t(`backfillStatus_${backfill.status}`)}</td>
                  <td data-testid="backfill-progress">
                    {t("backfillCounts", {
                      processed: backfill.processed,
                      total: backfill.total,
                      created: backfill.created,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
