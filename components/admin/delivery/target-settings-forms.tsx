// The settings form and the name of every kind of delivery target, exhaustively: a kind added to the schema
// fails type checking here until it has both (lib/delivery/target-registry.ts holds its adapter).
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DeliveryActionForm } from "@/components/admin/delivery/delivery-action-form";
import { PayloadOptionFields } from "@/components/admin/delivery/payload-option-fields";
import { SftpSettingsForm } from "@/components/admin/delivery/sftp-settings-form";
import type { TActionState } from "@/lib/auth/action-state";
import type { DeliveryTargetKind } from "@/lib/generated/prisma/enums";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

export type TTargetSettingsFormProps = {
  /** The name and forms fields every kind shares, rendered by the page. */
  commonFields: ReactNode;
  createAction: TAction;
  fetchHostKeyAction: TAction;
};

function WebhookSettingsForm({ commonFields, createAction }: TTargetSettingsFormProps) {
  const t = useTranslations("delivery");
  return (
    <DeliveryActionForm
      action={createAction}
      submitLabel={t("create")}
      buttonClassName="btn"
      className="mt-4"
      hidden={{ kind: "webhook" }}
    >
      {commonFields}
      <label className="label" htmlFor="target-url">
        {t("url")}
      </label>
      <input id="target-url" name="url" type="url" className="input mb-4" placeholder="https://" required />
      <PayloadOptionFields idPrefix="target" hasAttachmentMode />
    </DeliveryActionForm>
  );
}

function PullSettingsForm({ commonFields, createAction }: TTargetSettingsFormProps) {
  const t = useTranslations("delivery");
  return (
    <DeliveryActionForm
      action={createAction}
      submitLabel={t("create")}
      buttonClassName="btn"
      className="mt-4"
      hidden={{ kind: "pull" }}
    >
      {commonFields}
      <PayloadOptionFields idPrefix="target" hasAttachmentMode={false} />
    </DeliveryActionForm>
  );
}

export const TARGET_SETTINGS_FORMS = {
  webhook: WebhookSettingsForm,
  pull: PullSettingsForm,
  sftp: SftpSettingsForm,
} as const satisfies Record<DeliveryTargetKind, (props: TTargetSettingsFormProps) => ReactNode>;

/** Message keys under "delivery" naming each kind. */
export const TARGET_KIND_LABELS = {
  webhook: "kindWebhook",
  pull: "kindPull",
  sftp: "kindSftp",
} as const satisfies Record<DeliveryTargetKind, string>;
