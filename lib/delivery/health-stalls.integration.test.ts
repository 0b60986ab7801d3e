// Stall warnings: when events are known to wait and nothing is retrieved for RETRIEVAL_STALL_MINUTES, and
// separately when no poll succeeds for that long, the health figures say so, the worker logs at error level and
// the owners get one e-mail per stall; recovery clears it. The same figures are Prometheus metrics behind a token.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { advanceClock, resetClock, setClock } from "@/lib/clock";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { checkDeliveryHealth } from "@/lib/delivery/check-delivery-health";
import { getOrganizationHealth } from "@/lib/delivery/get-organization-health";
import {
  createTestOrganisation,
  createTestSubmission,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { overrideEnv } from "@/lib/env";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { logger } from "@/lib/log/logger";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { startSmtpCapture } from "@/lib/testing/start-smtp-capture";
import { collectMetrics } from "@/lib/monitoring/collect-metrics";

let sandbox: TTestSandbox;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let org: TTestOrganisation;
let ownerEmail = "";
const previous = {
  SMTP_URL: process.env.SMTP_URL,
  RETRIEVAL_STALL_MINUTES: process.env.RETRIEVAL_STALL_MINUTES,
};
const fast = { clientOverrides: { retry: { attempts: 1, baseDelayMs: 1 } } };
const MESSAGE_FAULT = { endpoint: "GET /v2/messages/{messageId}", status: 500, times: 1000 };

beforeAll(async () => {
  sandbox = await startTestSandbox();
  smtp = await startSmtpCapture();
  overrideEnv({ SMTP_URL: smtp.url, RETRIEVAL_STALL_MINUTES: undefined });
});
afterAll(async () => {
  overrideEnv(previous);
  await stopJobQueue();
  await smtp?.close();
  await sandbox?.close();
  await disconnectPrisma();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
  setClock(new Date("2026-11-23T09:00:00Z"), { isFrozen: false });
  smtp.mails.length = 0;
  org = await createTestOrganisation(sandbox);
  const user = await getPrisma().user.create({
    data: { email: `owner-${crypto.randomUUID()}@kunta.example` },
  });
  await getPrisma().membership.create({
    data: { organizationId: org.organization.id, userId: user.id, role: "owner" },
  });
  ownerEmail = user.email;
});
afterEach(() => {
  resetClock();
  vi.restoreAllMocks();
  overrideEnv({ RETRIEVAL_STALL_MINUTES: undefined });
});

const mailsToOwner = () => smtp.mails.filter((mail) => mail.to.includes(ownerEmail));
const errorLogs = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.filter(
    ([figures]) => (figures as { organization?: string }).organization === org.organization.slug,
  );

async function sendThree() {
  for (const subject of ["Yksi", "Kaksi", "Kolme"]) {
    const created = await createTestSubmission(org, { subject });
    await sendAsCitizen(sandbox, created.messageText);
  }
}

const scrape = async () => (await collectMetrics()).body;

describe("stall warnings", () => {
  it("warns when events wait and nothing is retrieved for 10 minutes, once, and clears on recovery", async () => {
    const errorSpy = vi.spyOn(logger, "error");
    await sendThree();
    await sandbox.control("POST", "faults", MESSAGE_FAULT);
    await pollConnection(org.connection.id, fast); // the events are read, the messages cannot be fetched
    let health = await getOrganizationHealth(org.organization.id);
    expect(health).toMatchObject({ waitingEvents: 3, warnings: [] });

    advanceClock(9 * 60_000);
    await pollConnection(org.connection.id, fast);
    expect((await getOrganizationHealth(org.organization.id)).warnings).toEqual([]);

    advanceClock(2 * 60_000);
    await pollConnection(org.connection.id, fast); // polls keep succeeding: only the retrieval is stuck
    health = await getOrganizationHealth(org.organization.id);
    expect(health.warnings).toEqual(["retrieval-stalled"]);
    expect(health.waitingEvents).toBe(3);
    await checkDeliveryHealth();
    await checkDeliveryHealth();
    expect(mailsToOwner()).toHaveLength(1);
    expect(mailsToOwner()[0]!.subject).toContain("Viestejä odottaa noutoa");
    expect(mailsToOwner()[0]!.body).toContain("/admin/delivery");
    expect(errorLogs(errorSpy).map((call) => call[1])).toEqual([
      "retrieval stalled: events wait and nothing is retrieved",
    ]);

    // The metrics say the same.
    const metrics = await scrape();
    const slug = org.organization.slug;
    expect(metrics).toContain(`lomake_retrieval_waiting_events{organization="${slug}"} 3`);
    expect(metrics).toContain(`lomake_retrieval_stalled{organization="${slug}",kind="waiting"} 1`);
    expect(metrics).toContain(`lomake_retrieval_stalled{organization="${slug}",kind="poll"} 0`);

    await sandbox.control("DELETE", "faults");
    advanceClock(5 * 60_000); // the failed events are due again (their backoff is 2 minutes by now)
    await pollConnection(org.connection.id, fast);
    health = await getOrganizationHealth(org.organization.id);
    expect(health).toMatchObject({ waitingEvents: 0, warnings: [] });
    await checkDeliveryHealth();
    const cursor = await getPrisma().retrievalCursor.findUniqueOrThrow({
      where: { connectionId: org.connection.id },
    });
    expect(cursor.waitingNotifiedAt).toBeNull();
  });

  it("warns separately when no poll has succeeded for 10 minutes", async () => {
    await pollConnection(org.connection.id, fast);
    await sandbox.control("POST", "faults", { endpoint: "GET /v2/events", status: 503, times: 1000 });
    advanceClock(11 * 60_000);
    await expect(pollConnection(org.connection.id, fast)).rejects.toThrow();
    const health = await getOrganizationHealth(org.organization.id);
    expect(health.warnings).toEqual(["poll-stalled"]);
    await checkDeliveryHealth();
    expect(mailsToOwner()).toHaveLength(1);
    expect(mailsToOwner()[0]!.subject).toContain("Noutaminen Suomi.fi-viesteistä pysähtynyt");
    const metrics = await scrape();
    expect(metrics).toContain(
      `lomake_retrieval_stalled{organization="${org.organization.slug}",kind="poll"} 1`,
    );
    expect(metrics).toMatch(
      new RegExp(`lomake_retrieval_lag_seconds\\{organization="${org.organization.slug}"\\} 6\\d\\d`),
    );
  });

  it("takes the stall time from RETRIEVAL_STALL_MINUTES", async () => {
    overrideEnv({ RETRIEVAL_STALL_MINUTES: "30" });
    await pollConnection(org.connection.id, fast);
    advanceClock(11 * 60_000);
    expect((await getOrganizationHealth(org.organization.id)).warnings).toEqual([]);
    advanceClock(20 * 60_000);
    expect((await getOrganizationHealth(org.organization.id)).warnings).toEqual(["poll-stalled"]);
  });
});
