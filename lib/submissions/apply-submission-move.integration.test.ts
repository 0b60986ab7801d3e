// The state machine against a real PostgreSQL: a move and its event are written together in the caller's
// transaction, a refused move changes nothing, and the columns that record when a state was reached are set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  createTestOrganisation,
  createTestSubmission,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import {
  applySubmissionMove,
  applySubmissionMoveIfAllowed,
  SubmissionMoveError,
} from "@/lib/submissions/apply-submission-move";
import { ZSubmissionEvent, type TSubmissionEvent } from "@/lib/submissions/submission-events";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let org: TTestOrganisation;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  org = await createTestOrganisation(sandbox);
});
afterAll(async () => {
  await sandbox?.close();
  await disconnectPrisma();
});

async function stateOf(submissionId: string) {
  const prisma = getPrisma();
  const submission = await prisma.submission.findUniqueOrThrow({ where: { id: submissionId } });
  const events = await prisma.submissionEvent.findMany({ where: { submissionId }, orderBy: { id: "asc" } });
  return { submission, events: events.map((event) => ({ type: event.type, details: event.details })) };
}

describe("applySubmissionMove", () => {
  it("moves the state and records the event, which reads back through the event union", async () => {
    const { submission } = await createTestSubmission(org, { subject: "Katuvalo" });
    const at = new Date("2026-12-01T10:00:00Z");
    const moved = await getPrisma().$transaction((tx) =>
      applySubmissionMove(tx, submission.id, { type: "returned", details: { outcome: "completed" } }, { at }),
    );
    expect(moved).toEqual({ isApplied: true, from: "handed_off", to: "returned" });
    const after = await stateOf(submission.id);
    expect(after.submission.status).toBe("returned");
    expect(after.submission.returnedAt).toEqual(at);
    expect(after.events).toEqual([{ type: "returned", details: { outcome: "completed" } }]);
    expect(ZSubmissionEvent.parse(after.events[0]).type).toBe("returned");
  });

  it("refuses a move the state does not allow and writes neither state nor event", async () => {
    const { submission } = await createTestSubmission(org, { subject: "Lumityöt" });
    await expect(
      getPrisma().$transaction((tx) =>
        applySubmissionMove(tx, submission.id, { type: "released_by_handler", details: { userId: null } }),
      ),
    ).rejects.toBeInstanceOf(SubmissionMoveError);
    const refused = await getPrisma().$transaction((tx) =>
      applySubmissionMoveIfAllowed(tx, submission.id, { type: "delivered", details: {} }),
    );
    expect(refused).toEqual({ isApplied: false, from: "handed_off" });
    const after = await stateOf(submission.id);
    expect(after.submission.status).toBe("handed_off");
    expect(after.submission.deliveredAt).toBeNull();
    expect(after.events).toEqual([]);
  });

  it("refuses details that do not match the event kind's schema", async () => {
    const { submission } = await createTestSubmission(org, { subject: "Puisto" });
    await expect(
      getPrisma().$transaction((tx) =>
        applySubmissionMove(tx, submission.id, {
          type: "handed_off",
          details: { count: 0 },
        }),
      ),
    ).rejects.toThrow();
    expect((await stateOf(submission.id)).events).toEqual([]);
  });

  it("is part of the caller's transaction: a rollback undoes the move and its event", async () => {
    const { submission } = await createTestSubmission(org, { subject: "Silta" });
    await expect(
      getPrisma().$transaction(async (tx) => {
        await applySubmissionMove(tx, submission.id, {
          type: "held",
          details: { suomifiMessageId: 1, integrityStatus: "mismatch", findings: ["text-changed"] },
        });
        throw new Error("the caller fails after the move");
      }),
    ).rejects.toThrow("the caller fails");
    const after = await stateOf(submission.id);
    expect(after.submission.status).toBe("handed_off");
    expect(after.submission.retrievedAt).toBeNull();
    expect(after.events).toEqual([]);
  });

  it("walks the handling states later issues use: in progress, waiting for the citizen, handled", async () => {
    const { submission } = await createTestSubmission(org, { subject: "Kaavoitus" });
    const prisma = getPrisma();
    const walk: TSubmissionEvent[] = [
      { type: "retrieved", details: { suomifiMessageId: 7, integrityStatus: "valid", findings: [] } },
      { type: "handling_started", details: { userId: null } },
      { type: "citizen_asked", details: { userId: null } },
      { type: "citizen_replied", details: {} },
      { type: "handled", details: { userId: null } },
    ];
    const states = [];
    for (const event of walk) {
      states.push((await prisma.$transaction((tx) => applySubmissionMove(tx, submission.id, event))).to);
    }
    expect(states).toEqual(["retrieved", "in_progress", "waiting_for_citizen", "in_progress", "handled"]);
    expect((await stateOf(submission.id)).events.map((event) => event.type)).toEqual(walk.map((e) => e.type));
  });
});
