import { getFormatter, getTranslations } from "next-intl/server";
import { DeliveryActionForm } from "@/components/admin/delivery/delivery-action-form";
import type { TActionState } from "@/lib/auth/action-state";
import type { TMemberOption } from "@/lib/submissions/get-work-view";
import type { THandlerMove, TSubmissionNote } from "@/lib/submissions/handle-submission";
import type { TSubmissionState } from "@/lib/submissions/submission-moves";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

/** The handler's part of a submission's page: its state, who handles it, and private notes. */
export async function HandlingPanel({
  submission,
  moves,
  members,
  notes,
  canHandle,
  actions,
}: {
  submission: { id: string; status: TSubmissionState; assignedToUserId: string | null };
  moves: THandlerMove[];
  members: TMemberOption[];
  notes: TSubmissionNote[];
  canHandle: boolean;
  actions: { setState: TAction; assign: TAction; addNote: TAction };
}) {
  const [t, tDelivery, format] = await Promise.all([
    getTranslations("workView"),
    getTranslations("delivery"),
    getFormatter(),
  ]);
  const memberName = (userId: string | null) =>
    userId === null
      ? t("unassigned")
      : (members.find((member) => member.userId === userId)?.label ?? t("formerMember"));
  return (
    <section className="panel mt-6" aria-labelledby="handling-title">
      <h2 id="handling-title">{t("handlingTitle")}</h2>
      <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
        <dt className="font-semibold">{t("state")}</dt>
        <dd data-testid="handler-state">{tDelivery(`submissionStatus.${submission.status}`)}</dd>
        <dt className="font-semibold">{t("assignee")}</dt>
        <dd data-testid="handler-assignee">{memberName(submission.assignedToUserId)}</dd>
      </dl>
      {canHandle && moves.length > 0 ? (
        <div className="mt-4 flex flex-wrap gap-4">
          {moves.map((move) => (
            <DeliveryActionForm
              key={move}
              action={actions.setState}
              submitLabel={t(`moves.${move}`)}
              hidden={{ submissionId: submission.id, move }}
            />
          ))}
        </div>
      ) : null}
      {canHandle ? (
        <DeliveryActionForm
          action={actions.assign}
          submitLabel={t("assignButton")}
          hidden={{ submissionId: submission.id }}
          className="mt-4 max-w-md"
        >
          <label className="label" htmlFor="handling-assignee">
            {t("assignee")}
          </label>
          {/* Keyed by the assignee: after saving, the form resets to the new value, not the one it was drawn with. */}
          <select
            key={submission.assignedToUserId ?? "nobody"}
            id="handling-assignee"
            name="assigneeUserId"
            className="input mb-2"
            defaultValue={submission.assignedToUserId ?? ""}
          >
            <option value="">{t("unassigned")}</option>
            {members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.label}
              </option>
            ))}
          </select>
        </DeliveryActionForm>
      ) : null}

      <h3 className="mt-6">{t("notesTitle")}</h3>
      <p className="hint">{t("notesIntro")}</p>
      {notes.length === 0 ? <p className="mt-2">{t("noNotes")}</p> : null}
      <ol className="mt-2" data-testid="submission-notes">
        {notes.map((note) => (
          <li key={note.id} className="border-b border-fi-depth-light-1 py-2">
            <span className="font-semibold">
              {format.dateTime(note.createdAt, { dateStyle: "short", timeStyle: "short" })}{" "}
              {memberName(note.authorUserId)}
            </span>
            <p className="whitespace-pre-wrap break-words">{note.text ?? t("noteUnreadable")}</p>
          </li>
        ))}
      </ol>
      {canHandle ? (
        <DeliveryActionForm
          action={actions.addNote}
          submitLabel={t("addNote")}
          hidden={{ submissionId: submission.id }}
          className="mt-4"
        >
          <label className="label" htmlFor="handling-note">
            {t("newNote")}
          </label>
          <textarea
            id="handling-note"
            name="text"
            className="input mb-2"
            rows={4}
            maxLength={4000}
            required
          />
        </DeliveryActionForm>
      ) : null}
    </section>
  );
}
