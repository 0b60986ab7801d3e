import { describe, expect, it } from "vitest";
import { SUBMISSION_EVENT_TYPES } from "@/lib/submissions/submission-events";
import {
  nextSubmissionState,
  SUBMISSION_STATES,
  type TSubmissionState,
} from "@/lib/submissions/submission-moves";

// Every move (row) from every state (column): the state it leads to, or "-" when it is refused.
// Abbreviations: rdy ready, hnd handed_off, ret returned, rtv retrieved, hld held, dlv delivered,
// prg in_progress, wfc waiting_for_citizen, hdl handled.
const EXPECTED = `
move                      rdy  hnd  ret  rtv  hld  dlv  prg  wfc  hdl
created                   rdy  -    -    -    -    -    -    -    -
superseded                rdy  hnd  ret  rtv  hld  dlv  prg  wfc  hdl
handed_off                hnd  hnd  ret  rtv  hld  dlv  prg  wfc  hdl
returned                  ret  ret  ret  rtv  hld  dlv  prg  wfc  hdl
returned_without_sending  rdy  hnd  ret  rtv  hld  dlv  prg  wfc  hdl
retrieved                 rtv  rtv  rtv  -    -    -    -    -    -
held                      hld  hld  hld  -    -    -    -    -    -
retrieved_duplicate       -    -    -    rtv  hld  dlv  prg  wfc  hdl
reply_received            rdy  hnd  ret  rtv  hld  dlv  prg  prg  hdl
message_mentioned         rdy  hnd  ret  rtv  hld  dlv  prg  wfc  hdl
message_attached          rdy  hnd  ret  rtv  hld  dlv  prg  wfc  hdl
released_by_handler       -    -    -    -    rtv  -    -    -    -
receipt_sent              -    -    -    rtv  hld  dlv  prg  wfc  hdl
receipt_failed            -    -    -    rtv  hld  dlv  prg  wfc  hdl
delivered_to_target       -    -    -    rtv  -    dlv  prg  wfc  hdl
delivery_dead             -    -    -    rtv  -    dlv  prg  wfc  hdl
replay_requested          -    -    -    rtv  -    dlv  prg  wfc  hdl
acknowledged              -    -    -    rtv  -    dlv  prg  wfc  hdl
delivered                 -    -    -    dlv  -    -    prg  wfc  hdl
handling_started          -    -    -    prg  -    prg  -    -    -
citizen_asked             -    -    -    -    -    -    wfc  -    -
citizen_replied           -    -    -    -    -    -    -    prg  -
handling_resumed          -    -    -    -    -    -    -    prg  -
case_message_sent         -    -    -    rtv  -    dlv  prg  wfc  hdl
supplement_reminder_sent  -    -    -    -    -    -    -    wfc  -
handled                   -    -    -    hdl  -    hdl  hdl  hdl  -
reopened                  -    -    -    -    -    -    -    -    prg
assigned                  -    -    -    rtv  hld  dlv  prg  wfc  hdl
note_added                -    -    -    rtv  hld  dlv  prg  wfc  hdl
delivery_backfilled       -    -    -    rtv  hld  rtv  prg  wfc  hdl
purged                    rdy  hnd  ret  rtv  hld  dlv  prg  wfc  hdl
erased                    rdy  hnd  ret  rtv  hld  dlv  prg  wfc  hdl
`;

const ABBREVIATIONS: Record<string, TSubmissionState> = {
  rdy: "ready",
  hnd: "handed_off",
  ret: "returned",
  rtv: "retrieved",
  hld: "held",
  dlv: "delivered",
  prg: "in_progress",
  wfc: "waiting_for_citizen",
  hdl: "handled",
};

const [header, ...rows] = EXPECTED.trim()
  .split("\n")
  .map((line) => line.trim().split(/\s+/));
const columns = header!.slice(1).map((abbreviation) => ABBREVIATIONS[abbreviation]!);
const expected = new Map(rows.map(([move, ...cells]) => [move!, cells]));

describe("the submission state machine", () => {
  it("lists every state and every move in the expectation table", () => {
    expect([...columns].sort()).toEqual([...SUBMISSION_STATES].sort());
    expect([...expected.keys()].sort()).toEqual([...SUBMISSION_EVENT_TYPES].sort());
  });

  for (const move of SUBMISSION_EVENT_TYPES) {
    for (const [index, from] of columns.entries()) {
      const cell = expected.get(move)?.[index];
      const to = cell === "-" ? null : ABBREVIATIONS[cell ?? ""];
      it(`${move} from ${from} → ${to ?? "refused"}`, () => {
        expect(nextSubmissionState(from, move)).toBe(to);
      });
    }
  }

  it("reaches every state by some move, so none is a dead name", () => {
    const reachable = new Set(
      SUBMISSION_EVENT_TYPES.flatMap((move) =>
        SUBMISSION_STATES.map((from) => nextSubmissionState(from, move)),
      ),
    );
    for (const state of SUBMISSION_STATES) expect(reachable).toContain(state);
  });
});
