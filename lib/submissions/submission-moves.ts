// The submission state machine: its states and, for every move (= event kind), the state it leads to from each
// state it is allowed in. A state missing from a move's row means the move is refused there.
import type { TSubmissionEventType } from "@/lib/submissions/submission-events";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";

export const SUBMISSION_STATES = [
  "ready",
  "handed_off",
  "returned",
  "retrieved",
  "held",
  "delivered",
  "in_progress",
  "waiting_for_citizen",
  "handled",
] as const satisfies readonly SubmissionStatus[];
export type TSubmissionState = (typeof SUBMISSION_STATES)[number];
// Both directions: the list and the database enum are the same set.
type TMissing = Exclude<SubmissionStatus, TSubmissionState>;
const _everyStateListed: [TMissing] extends [never] ? true : never = true;
void _everyStateListed;

type TMoveRow = Partial<Record<TSubmissionState, TSubmissionState>>;

const BEFORE_RETRIEVAL = ["ready", "handed_off", "returned"] as const;
const AFTER_RELEASE = ["retrieved", "delivered", "in_progress", "waiting_for_citizen", "handled"] as const;
const AFTER_RETRIEVAL = [...AFTER_RELEASE, "held"] as const;

function stay(states: readonly TSubmissionState[]): TMoveRow {
  return Object.fromEntries(states.map((state) => [state, state]));
}
function to(states: readonly TSubmissionState[], target: TSubmissionState): TMoveRow {
  return Object.fromEntries(states.map((state) => [state, target]));
}

export const SUBMISSION_MOVES = {
  created: { ready: "ready" },
  // A draft whose snapshot was already sent can still be changed and sent again; the old one stays.
  superseded: stay(SUBMISSION_STATES),
  // The browser may show the hand-off page again at any time; only the first moves the state.
  handed_off: { ...stay(SUBMISSION_STATES), ready: "handed_off" },
  returned: { ...stay(SUBMISSION_STATES), ready: "returned", handed_off: "returned" },
  returned_without_sending: stay(SUBMISSION_STATES),
  retrieved: to(BEFORE_RETRIEVAL, "retrieved"),
  held: to(BEFORE_RETRIEVAL, "held"),
  retrieved_duplicate: stay(AFTER_RETRIEVAL),
  // A reply is what a handler waiting for the citizen waits for; elsewhere it only joins the timeline.
  reply_received: { ...stay(SUBMISSION_STATES), waiting_for_citizen: "in_progress" },
  message_mentioned: stay(SUBMISSION_STATES),
  message_attached: stay(SUBMISSION_STATES),
  released_by_handler: { held: "retrieved" },
  receipt_sent: stay(AFTER_RETRIEVAL),
  receipt_failed: stay(AFTER_RETRIEVAL),
  delivered_to_target: stay(AFTER_RELEASE),
  delivery_dead: stay(AFTER_RELEASE),
  replay_requested: stay(AFTER_RELEASE),
  acknowledged: stay(AFTER_RELEASE),
  // Handlers may already be working on it when the last target confirms.
  delivered: { retrieved: "delivered", ...stay(["in_progress", "waiting_for_citizen", "handled"]) },
  handling_started: to(["retrieved", "delivered"], "in_progress"),
  citizen_asked: { in_progress: "waiting_for_citizen" },
  citizen_replied: { waiting_for_citizen: "in_progress" },
  // A case message changes no state by itself; a supplement request is followed by citizen_asked.
  case_message_sent: stay(AFTER_RELEASE),
  supplement_reminder_sent: stay(["waiting_for_citizen"]),
  handling_resumed: { waiting_for_citizen: "in_progress" },
  handled: to(["retrieved", "delivered", "in_progress", "waiting_for_citizen"], "handled"),
  reopened: { handled: "in_progress" },
  // Assigning and noting change no state; a held submission can be given to someone to resolve.
  assigned: stay(AFTER_RETRIEVAL),
  note_added: stay(AFTER_RETRIEVAL),
  // A target added later makes "every target has it" untrue again until that target has it too.
  delivery_backfilled: { ...stay(AFTER_RETRIEVAL), delivered: "retrieved" },
  // Retention runs from the last step reached, whatever it was (a person may give up at Suomi.fi).
  purged: stay(SUBMISSION_STATES),
  erased: stay(SUBMISSION_STATES),
} as const satisfies Record<TSubmissionEventType, TMoveRow>;

/** The state `move` leads to from `from`, or null when the move is not allowed there. */
export function nextSubmissionState(
  from: TSubmissionState,
  move: TSubmissionEventType,
): TSubmissionState | null {
  const row: TMoveRow = SUBMISSION_MOVES[move];
  return row[from] ?? null;
}
