// Backfill: a target added after submissions existed gets the earlier ones chosen by form and date, once each,
// signed as usual; a second run sends nothing again; the pull API can then acknowledge them; requests that
// cannot be served change nothing. Audit-logged, with progress on the backfill row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { requestBackfill, runBackfill, ZRequestBackfill } from "@/lib/delivery/backfill-deliveries";
import { startBackfill } from "@/lib/delivery/backfill-jobs";
import { dispatchDueDeliveries } from "@/lib/delivery/dispatch-due-deliveries";
import { acknowledgePullSubmission } from "@/lib/delivery/pull/pull-submissions";
import {
  createTestOrganisation,
  createTestSubmission,
  createWebhookTarget,
  sendAsCitizen,
  startWebhookReceiver,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let secret = "";
let org: TTestOrganisation;
const ids: Record<string, string> = {};
const actor = { userId: null, email: "omistaja@kunta.example" };
/** A day as an owner picks it: in Helsinki time, which the backfill's dates are (after 22:00 UTC it is tomorrow). */
const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Helsinki" });

beforeAll(async () => {
  sandbox = await startTestSandbox();
  receiver = await startWebhookReceiver(() => secret);
  org = await createTestOrganisation(sandbox); // no target yet: retrieved submissions wait with no delivery
  for (const subject of ["Vanha", "Eilinen", "Tämänpäiväinen"]) {
    const created = await createTestSubmission(org, { subject });
    await sendAsCitizen(sandbox, created.messageText);
    ids[subject] = created.submission.id;
  }
  await pollConnection(org.connection.id);
  const prisma = getPrisma();
  await prisma.submission.update({
    where: { id: ids.Vanha! },
    data: { retrievedAt: new Date(Date.now() - 30 * 86_400_000) },
  });
  await prisma.submission.update({
    where: { id: ids.Eilinen! },
    data: { retrievedAt: new Date(Date.now() - 86_400_000) },
  });
});
afterAll(async () => {
  await stopJobQueue();
  await receiver?.close();
  await sandbox?.close();
  await disconnectPrisma();
});

const subjects = () =>
  receiver.received
    .filter((r) => r.isValid)
    .map((r) => (r.payload.answers as { values: { subject: string } }).values.subject)
    .sort();

describe("backfill", () => {
  it("sends a new webhook target the earlier submissions of the chosen dates, once each", async () => {
    const prisma = getPrisma();
    expect(await prisma.delivery.count({ where: { organizationId: org.organization.id } })).toBe(0);
    const { target, secret: created } = await createWebhookTarget(org, receiver.url);
    secret = created;

    const input = ZRequestBackfill.parse({ targetId: target.id, fromDay: day(-7), toDay: day(0) });
    const request = await requestBackfill(org.organization.id, input, actor);
    expect(request).toMatchObject({ ok: true, total: 2 });
    const result = await runBackfill(request.ok ? request.backfillId : "");
    expect(result).toEqual({ created: 2, processed: 2 });
    await dispatchDueDeliveries();
    expect(subjects()).toEqual(["Eilinen", "Tämänpäiväinen"]);

    const backfill = await prisma.deliveryBackfill.findUniqueOrThrow({
      where: { id: request.ok ? request.backfillId : "" },
    });
    expect(backfill).toMatchObject({ status: "done", total: 2, processed: 2, created: 2 });
    const statuses = await prisma.submission.findMany({
      where: { id: { in: [ids.Eilinen!, ids.Tämänpäiväinen!] } },
      select: { status: true },
    });
    expect(statuses.map((s) => s.status)).toEqual(["delivered", "delivered"]);
    expect(
      await prisma.submissionEvent.count({
        where: { submissionId: ids.Eilinen!, type: "delivery_backfilled" },
      }),
    ).toBe(1);
    const audit = await prisma.auditEvent.findMany({
      where: { organizationId: org.organization.id, action: { startsWith: "delivery.backfill" } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "delivery.backfill_requested",
      "delivery.backfill_completed",
    ]);
    expect(audit[1]!.details).toMatchObject({ processed: 2, created: 2, alreadyDelivered: 0 });

    // Everything, again: only the one not yet delivered goes; nothing is sent twice.
    const all = await requestBackfill(
      org.organization.id,
      ZRequestBackfill.parse({ targetId: target.id, fromDay: "", toDay: "" }),
      actor,
    );
    expect(all).toMatchObject({ ok: true, total: 3 });
    expect(await runBackfill(all.ok ? all.backfillId : "")).toEqual({ created: 1, processed: 3 });
    // A crashed run started again creates nothing more.
    await prisma.deliveryBackfill.update({
      where: { id: all.ok ? all.backfillId : "" },
      data: { status: "running" },
    });
    expect(await runBackfill(all.ok ? all.backfillId : "")).toEqual({ created: 0, processed: 3 });
    await dispatchDueDeliveries();
    await dispatchDueDeliveries();
    expect(subjects()).toEqual(["Eilinen", "Tämänpäiväinen", "Vanha"]);
    expect(new Set(receiver.received.map((r) => r.webhookId)).size).toBe(3);
  });

  it("gives a new pull target the earlier submissions, which the pull API can then acknowledge", async () => {
    const prisma = getPrisma();
    const pull = await prisma.deliveryTarget.create({
      data: { organizationId: org.organization.id, kind: "pull", name: "Arkisto" },
    });
    expect(await acknowledgePullSubmission(org.organization.id, ids.Vanha!)).toEqual({
      kind: "nothing-to-acknowledge",
      reason: "no-pull-delivery",
    });
    const request = await requestBackfill(
      org.organization.id,
      ZRequestBackfill.parse({ targetId: pull.id, fromDay: "", toDay: "" }),
      actor,
    );
    expect(await runBackfill(request.ok ? request.backfillId : "")).toEqual({ created: 3, processed: 3 });
    expect(await prisma.delivery.count({ where: { targetId: pull.id, status: "awaiting_ack" } })).toBe(3);
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: ids.Vanha! } })).status).toBe(
      "retrieved",
    );
    expect(await acknowledgePullSubmission(org.organization.id, ids.Vanha!)).toMatchObject({
      kind: "acknowledged",
    });
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: ids.Vanha! } })).status).toBe(
      "delivered",
    );
  });

  it("refuses a disabled target, a form the target does not receive and another organisation's target", async () => {
    const prisma = getPrisma();
    const before = await prisma.deliveryBackfill.count();
    const { target } = await createWebhookTarget(org, receiver.url);
    await prisma.deliveryTarget.update({ where: { id: target.id }, data: { isEnabled: false } });
    const disabled = ZRequestBackfill.parse({ targetId: target.id, fromDay: "", toDay: "" });
    expect(await requestBackfill(org.organization.id, disabled, actor)).toEqual({
      ok: false,
      reason: "targetDisabled",
    });
    const otherForm = await prisma.form.create({
      data: { organizationId: org.organization.id, slug: "muu", status: "live" },
    });
    await prisma.deliveryTarget.update({
      where: { id: target.id },
      data: { isEnabled: true, formIds: [org.form.id] },
    });
    const notTargeted = ZRequestBackfill.parse({ targetId: target.id, [`form:${otherForm.id}`]: "on" });
    expect(await requestBackfill(org.organization.id, notTargeted, actor)).toEqual({
      ok: false,
      reason: "formNotTargeted",
    });
    const other = await createTestOrganisation(sandbox);
    await expect(requestBackfill(other.organization.id, disabled, actor)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(ZRequestBackfill.safeParse({ targetId: target.id, fromDay: day(0), toDay: day(-1) }).success).toBe(
      false,
    );
    expect(await prisma.deliveryBackfill.count()).toBe(before);
  });

  it("queues the backfill job for the worker when an owner asks", async () => {
    const prisma = getPrisma();
    const { target } = await createWebhookTarget(org, receiver.url);
    const started = await startBackfill(
      org.organization.id,
      ZRequestBackfill.parse({ targetId: target.id }),
      actor,
    );
    expect(started.ok).toBe(true);
    const jobs = await prisma.$queryRaw<{ data: { backfillId: string } }[]>`
      SELECT data FROM pgboss.job WHERE name = 'delivery-backfill'`;
    expect(jobs.map((job) => job.data.backfillId)).toContain(started.ok ? started.backfillId : "");
  });
});
