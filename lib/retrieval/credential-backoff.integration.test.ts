// A connection whose password Suomi.fi refuses: polls back off (1 min, 2 min, … up to 30 min) instead of logging
// in on every poll, the connection is marked failing, the owners get one e-mail, a clock that steps back does
// not freeze the backoff, "poll now" skips the wait, and the first login that works clears it all. Then the
// connection's access token is shared by every poll until it is revoked (one refresh on the 401).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advanceClock, resetClock, setClock } from "@/lib/clock";
import { encryptString } from "@/lib/crypto/encrypt-value";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { createTestOrganisation, type TTestOrganisation } from "@/lib/delivery/testing/delivery-fixtures";
import { overrideEnv } from "@/lib/env";
import { getJobQueue, stopJobQueue } from "@/lib/jobs/job-queue";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { pollConnectionJob } from "@/lib/retrieval/retrieval-jobs";
import { pollStoredConnectionNow } from "@/lib/retrieval/request-poll-now";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { startSmtpCapture } from "@/lib/testing/start-smtp-capture";

let sandbox: TTestSandbox;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let org: TTestOrganisation;
let ownerEmail = "";
const previous = { SMTP_URL: process.env.SMTP_URL };
const fast = { clientOverrides: { retry: { attempts: 2, baseDelayMs: 1 } } };
const T0 = new Date("2026-11-23T09:00:00Z");

beforeAll(async () => {
  sandbox = await startTestSandbox();
  smtp = await startSmtpCapture();
  overrideEnv({ SMTP_URL: smtp.url });
  org = await createTestOrganisation(sandbox);
  const prisma = getPrisma();
  const owner = await prisma.user.create({ data: { email: `owner-${crypto.randomUUID()}@kunta.example` } });
  await prisma.membership.create({
    data: { organizationId: org.organization.id, userId: owner.id, role: "owner" },
  });
  ownerEmail = owner.email;
});
afterAll(async () => {
  resetClock();
  await (await getJobQueue()).purgeQueue(pollConnectionJob.name).catch(() => undefined);
  await stopJobQueue();
  overrideEnv(previous);
  await smtp?.close();
  await sandbox?.close();
  await disconnectPrisma();
});

async function setPassword(password: string) {
  await getPrisma().suomifiConnection.update({
    where: { id: org.connection.id },
    data: { passwordEncrypted: encryptString(password, { associatedData: "suomifi-connection" }) },
  });
}

const tokenRequests = () =>
  getPrisma().externalCall.count({ where: { organizationId: org.organization.id, endpoint: "/v1/token" } });
const cursor = () =>
  getPrisma().retrievalCursor.findUniqueOrThrow({ where: { connectionId: org.connection.id } });

describe("refused credentials", () => {
  it("back off, mark the connection failing, tell the owners once, and recover by themselves", async () => {
    setClock(T0);
    await setPassword("vanha-salasana-joka-ei-kelpaa");

    await expect(pollConnection(org.connection.id, fast)).rejects.toMatchObject({
      errorCode: "INVALID_CREDENTIALS",
    });
    expect(await tokenRequests()).toBe(1);
    expect(await cursor()).toMatchObject({
      credentialFailures: 1,
      credentialsFailingSince: T0,
      pollPausedUntil: new Date(T0.getTime() + 60_000),
    });
    expect(smtp.mails.map((mail) => mail.to)).toEqual([[ownerEmail]]);
    expect(smtp.mails[0]!.subject).toContain("Suomi.fi Messages refuses the credentials");
    expect(smtp.mails[0]!.body).toContain("/admin/settings/suomifi");

    // Scheduled polls within the backoff do not log in at all.
    advanceClock(30_000);
    expect(await pollConnection(org.connection.id, fast)).toEqual({ isSkipped: true });
    expect(await tokenRequests()).toBe(1);

    // After it, one try; refused again, the wait doubles — and the owners are not e-mailed again.
    advanceClock(31_000);
    await expect(pollConnection(org.connection.id, fast)).rejects.toMatchObject({ status: 400 });
    expect(await tokenRequests()).toBe(2);
    const second = await cursor();
    expect(second.credentialFailures).toBe(2);
    expect(second.pollPausedUntil!.getTime() - (T0.getTime() + 61_000)).toBe(120_000);
    expect(second.credentialsFailingSince).toEqual(T0);
    expect(smtp.mails).toHaveLength(1);

    // A clock that steps back an hour (NTP, a restored snapshot) must not leave the connection waiting for it.
    setClock(new Date(T0.getTime() - 3_600_000));
    await expect(pollConnection(org.connection.id, fast)).rejects.toMatchObject({ status: 400 });
    expect((await cursor()).credentialFailures).toBe(3);

    // The wait is capped at 30 minutes.
    advanceClock(5 * 60_000);
    await getPrisma().retrievalCursor.update({
      where: { connectionId: org.connection.id },
      data: { credentialFailures: 12 },
    });
    await expect(pollConnection(org.connection.id, fast)).rejects.toMatchObject({ status: 400 });
    const capped = await cursor();
    expect(capped.pollPausedUntil!.getTime() - (T0.getTime() - 3_300_000)).toBe(30 * 60_000);

    // The owner fixes the password and polls now: no waiting for the backoff, and the connection is well again.
    await setPassword(sandbox.password);
    await pollStoredConnectionNow(org.organization.id, { connectionId: org.connection.id }, {
      type: "system",
    } as never);
    expect((await cursor()).pollPausedUntil).toBeNull();
    const result = await pollConnection(org.connection.id, fast);
    expect(result).toMatchObject({ isSkipped: false });
    expect(await cursor()).toMatchObject({
      credentialFailures: 0,
      credentialsFailingSince: null,
      pollPausedUntil: null,
    });
    const audit = await getPrisma().auditEvent.findFirst({
      where: { organizationId: org.organization.id, action: "suomifi.poll_requested" },
    });
    expect(audit?.objectId).toBe(org.connection.id);
  });

  it("shares one access token between polls until it is revoked, then logs in once more", async () => {
    const before = await tokenRequests();
    for (let poll = 0; poll < 4; poll += 1) {
      advanceClock(5_000);
      expect(await pollConnection(org.connection.id, fast)).toMatchObject({ isSkipped: false });
    }
    expect(await tokenRequests()).toBe(before);

    await sandbox.control("POST", "tokens/revoke", {});
    expect(await pollConnection(org.connection.id, fast)).toMatchObject({ isSkipped: false });
    expect(await tokenRequests()).toBe(before + 1);
    expect(await pollConnection(org.connection.id, fast)).toMatchObject({ isSkipped: false });
    expect(await tokenRequests()).toBe(before + 1);
  });
});
