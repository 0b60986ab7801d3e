"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { StatusMessage } from "@/components/ui/status-message";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";
import { ROLES, type TRole } from "@/lib/auth/roles";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

type TMemberRowProps = {
  labels: { name: string; email: string; role: string; lastSignIn: string; actions: string };
  membershipId: string;
  name: string;
  email: string;
  role: TRole;
  isSelf: boolean;
  lastSignIn: string;
  changeRoleAction: TAction;
  removeAction: TAction;
};

export function MemberRow(props: TMemberRowProps) {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const tErrors = useTranslations("errors");
  const [roleState, roleFormAction] = useActionState(props.changeRoleAction, IDLE_STATE);
  const [removeState, removeFormAction] = useActionState(props.removeAction, IDLE_STATE);
  const [isConfirming, setIsConfirming] = useState(false);
  const selectId = `role-${props.membershipId}`;
  const error = [roleState, removeState].find((state) => state.status === "error");
  return (
    <tr data-testid="member-row" data-email={props.email}>
      <td data-label={props.labels.name}>
        {props.name} {props.isSelf ? <span className="text-fi-black-light-1">{t("you")}</span> : null}
      </td>
      <td data-label={props.labels.email}>{props.email}</td>
      <td data-label={props.labels.role}>
        <form action={roleFormAction} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="membershipId" value={props.membershipId} />
          <label htmlFor={selectId} className="sr-only">
            {t("role")}: {props.email}
          </label>
          <select id={selectId} name="role" defaultValue={props.role} className="input w-auto">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </select>
          <button type="submit" className="btn btn-secondary">
            {t("changeRole")}
            <span className="sr-only">: {props.email}</span>
          </button>
        </form>
        {roleState.status === "ok" ? <StatusMessage>{t("roleChanged")}</StatusMessage> : null}
      </td>
      <td data-label={props.labels.lastSignIn}>{props.lastSignIn}</td>
      <td data-label={props.labels.actions}>
        {error?.messageKey ? <StatusMessage tone="alert">{tErrors(error.messageKey)}</StatusMessage> : null}
        {props.isSelf ? null : isConfirming ? (
          <form action={removeFormAction} className="flex flex-col gap-2">
            <input type="hidden" name="membershipId" value={props.membershipId} />
            <p>{t("removeConfirm", { email: props.email })}</p>
            <div className="flex gap-2">
              <button type="submit" className="btn btn-danger">
                {t("remove")}
              </button>
              <button type="button" className="btn btn-secondary" onClick={() => setIsConfirming(false)}>
                {t("cancel")}
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className="btn btn-danger" onClick={() => setIsConfirming(true)}>
            {t("remove")}
            <span className="sr-only">: {props.email}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
