// The SFTP target end to end against a real OpenSSH server started here (Debian's openssh-server): the host key
// fetched and pinned at save, key authentication, each submission as a JSON file plus its attachments written
// under temporary names and renamed, retries while the server is down, dead letters, and a changed host key.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import ssh2 from "ssh2";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { advanceClock, now, resetClock, setClock } from "@/lib/clock";
import { sha256Hex } from "@/lib/crypto/keyed-hash";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { dispatchDueDeliveries } from "@/lib/delivery/dispatch-due-deliveries";
import {
  createTarget,
  fetchTargetHostKey,
  sendTestEvent,
  ZCreateTarget,
} from "@/lib/delivery/manage-targets";
import { getSubmissionLedger } from "@/lib/delivery/submission-ledger";
import {
  createTestOrganisation,
  createTestSubmission,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { isSshdInstalled, startSshd, type TTestSshd } from "@/lib/testing/start-sshd";
import { TEST_PORT_OFFSET } from "@/lib/testing/test-port-offset";

// ssh2 is CommonJS: Node's ESM loader (the worker, tsx) sees only its default export.
const { utils } = ssh2;

let sandbox: TTestSandbox;
let sshd: TTestSshd;
let org: TTestOrganisation;
const actor = { userId: null, email: "omistaja@kunta.example", ip: null };
const fast = { clientOverrides: { retry: { attempts: 2, baseDelayMs: 1 } } };
const attachment = {
  filename: "Valokuva äänestä.png",
  content: Buffer.from("89504e470d0a1a0a0000000d4948", "hex"),
};

beforeAll(async () => {
  if (!isSshdInstalled()) throw new Error("These tests need OpenSSH's sshd (apt-get install openssh-server)");
  sandbox = await startTestSandbox();
  sshd = await startSshd({ port: 3392 + TEST_PORT_OFFSET });
});
afterAll(async () => {
  await sshd?.stop();
  await sandbox?.close();
  await disconnectPrisma();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
  setClock(new Date("2026-12-01T09:00:00Z"), { isFrozen: false });
  for (const name of readdirSync(sshd.directory))
    rmSync(path.join(sshd.directory, name), { recursive: true });
  org = await createTestOrganisation(sandbox);
  await getPrisma().deliveryAllowlistEntry.create({
    data: { organizationId: org.organization.id, cidr: "127.0.0.1/32" },
  });
});
afterEach(() => resetClock());

/** What the admin form posts once the owner has fetched and confirmed the host key. */
function sftpForm(overrides: Record<string, string> = {}) {
  return ZCreateTarget.parse({
    kind: "sftp",
    name: "Asianhallinta (SFTP)",
    host: sshd.host,
    port: String(sshd.port),
    username: sshd.username,
    directory: sshd.directory,
    hostKeySha256: sshd.hostKeySha256,
    hostKeyConfirmed: "on",
    privateKey: sshd.clientKey.privateKey,
    senderDetail: "name-and-id",
    ...overrides,
  });
}

async function createSftpTarget() {
  const created = await createTarget(org.organization.id, sftpForm(), actor);
  if (!created.ok) throw new Error(`${created.code}: ${created.detail}`);
  return created.id;
}

async function retrieveOne(withAttachment = true) {
  const created = await createTestSubmission(org, {
    subject: "Vesivahinko",
    attachments: withAttachment ? [attachment] : [],
  });
  await sendAsCitizen(sandbox, created.messageText, { attachments: withAttachment ? [attachment] : [] });
  await pollConnection(org.connection.id, fast);
  return created;
}

const filesOnServer = () => readdirSync(sshd.directory).sort();

describe("SFTP target", () => {
  it("fetches the host key the server really has, and only from an allowed address", async () => {
    const fetched = await fetchTargetHostKey(org.organization.id, { host: sshd.host, port: sshd.port });
    expect(fetched).toEqual({ ok: true, algorithm: "ssh-ed25519", sha256: sshd.hostKeySha256 });

    const stranger = await createTestOrganisation(sandbox);
    const refused = await fetchTargetHostKey(stranger.organization.id, { host: sshd.host, port: sshd.port });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("address not allowed") });
  });

  it("refuses to save what cannot work and stores nothing: another key, another host key, a missing folder", async () => {
    const other = utils.generateKeyPairSync("ed25519");
    const cases = [
      [{ privateKey: other.private }, "sftp-error-authentication", "privateKey"],
      [{ hostKeySha256: `SHA256:${"A".repeat(43)}` }, "sftp-error-host-key-mismatch", "host"],
      [{ directory: path.join(sshd.directory, "missing") }, "sftp-error-directory", "directory"],
      [{ privateKey: "not a key" }, "sftp-error-private-key", "privateKey"],
    ] as const;
    for (const [overrides, code, field] of cases) {
      const result = await createTarget(org.organization.id, sftpForm(overrides), actor);
      expect(result, code).toMatchObject({ ok: false, code, field });
    }
    expect(() => sftpForm({ hostKeyConfirmed: "" })).toThrow();
    expect(() => sftpForm({ directory: "../etc" })).toThrow();
    expect(await getPrisma().deliveryTarget.count({ where: { organizationId: org.organization.id } })).toBe(
      0,
    );
    expect(filesOnServer()).toEqual([]);
  });

  it("stores the private key only encrypted, and the options the adapter checks", async () => {
    const id = await createSftpTarget();
    const row = await getPrisma().deliveryTarget.findUniqueOrThrow({ where: { id } });
    const keyBody = sshd.clientKey.privateKey.split("\n")[1]!;
    expect(row.secretsEncrypted).not.toContain(keyBody);
    expect(JSON.stringify(row.options)).not.toContain(keyBody);
    expect(row.options).toEqual({
      host: sshd.host,
      port: sshd.port,
      username: sshd.username,
      directory: sshd.directory,
      hostKeySha256: sshd.hostKeySha256,
      senderDetail: "name-and-id",
    });
    // The save probe left nothing behind.
    expect(filesOnServer()).toEqual([]);
    expect(await sendTestEvent(org.organization.id, id, actor)).toMatchObject({ isSuccess: true });
  });

  it("delivers each submission as a JSON file plus its attachments, renamed into place", async () => {
    await createSftpTarget();
    const { submission, reference } = await retrieveOne();
    const results = await dispatchDueDeliveries();
    expect(results.succeeded).toBe(1);

    const attachmentName = `${reference}.1.Valokuva_aanesta.png`;
    expect(filesOnServer()).toEqual([attachmentName, `${reference}.json`]);
    const written = JSON.parse(readFileSync(path.join(sshd.directory, `${reference}.json`), "utf8"));
    expect(written).toMatchObject({
      type: "submission.received",
      payloadVersion: 1,
      submission: { id: submission.id, reference, integrity: { status: "valid" } },
      sender: { personalIdentityCode: "010280-952L" },
      answers: { values: { subject: "Vesivahinko" } },
      attachments: [
        {
          filename: attachment.filename,
          file: attachmentName,
          sha256: sha256Hex(attachment.content),
          url: null,
          contentBase64: null,
        },
      ],
    });
    expect(readFileSync(path.join(sshd.directory, attachmentName))).toEqual(attachment.content);

    const ledger = await getSubmissionLedger(org.organization.id, submission.id);
    expect(ledger!.submission.status).toBe("delivered");
    expect(ledger!.deliveries[0]!.target.address).toBe(
      `sftp://${sshd.username}@${sshd.host}:${sshd.port}/${sshd.directory.replace(/^\//, "")}`,
    );
    expect(ledger!.deliveries[0]!.attempts[0]).toMatchObject({
      outcome: "success",
      requestId: path.join(sshd.directory, `${reference}.json`),
      status: null,
    });
  });

  it("never shows a final name before its file is complete: temporary name first, then a rename", async () => {
    await createSftpTarget();
    const big = { filename: "scan.pdf", content: Buffer.alloc(3 * 1024 * 1024, 0x25) };
    const created = await createTestSubmission(org, { subject: "Iso liite", attachments: [big] });
    await sendAsCitizen(sandbox, created.messageText, { attachments: [big] });
    await pollConnection(org.connection.id, fast);
    // Watch the server's folder while the worker writes: every name seen, and the size of each final file.
    const seen = new Set<string>();
    const partialFinals: string[] = [];
    const finalName = `${created.reference}.1.scan.pdf`;
    const watcher = setInterval(() => {
      for (const name of readdirSync(sshd.directory)) {
        seen.add(name.startsWith(".") ? name.replace(/\.[0-9a-f]{8}\.part$/, ".part") : name);
        if (name === finalName) {
          const size = statSync(path.join(sshd.directory, name)).size;
          if (size !== big.content.length) partialFinals.push(`${name}: ${size}`);
        }
        if (name === `${created.reference}.json` && !readdirSync(sshd.directory).includes(finalName))
          partialFinals.push("the JSON appeared before its attachment");
      }
    }, 1);
    try {
      expect((await dispatchDueDeliveries()).succeeded).toBe(1);
    } finally {
      clearInterval(watcher);
    }
    expect(partialFinals).toEqual([]);
    expect(seen).toContain(`.${finalName}.part`);
    expect(filesOnServer()).toEqual([finalName, `${created.reference}.json`]);
  });

  it("retries with backoff while the server is down and delivers once it is back; dead-letters after 72 h", async () => {
    await createSftpTarget();
    const first = await retrieveOne(false);
    await sshd.pause();
    try {
      expect((await dispatchDueDeliveries()).retrying).toBe(1);
      const delivery = await getPrisma().delivery.findFirstOrThrow({
        where: { submissionId: first.submission.id },
      });
      expect(delivery.status).toBe("pending");
      expect(delivery.lastError).toMatch(/ECONNREFUSED/);
      expect(delivery.nextAttemptAt!.getTime()).toBeGreaterThan(now().getTime() + 20_000);
    } finally {
      await sshd.resume();
    }
    expect((await dispatchDueDeliveries()).succeeded).toBe(0); // not due yet
    advanceClock(10 * 60_000);
    expect((await dispatchDueDeliveries()).succeeded).toBe(1);
    expect(filesOnServer()).toEqual([`${first.reference}.json`]);

    const second = await retrieveOne(false);
    await sshd.pause();
    try {
      await dispatchDueDeliveries();
      advanceClock(73 * 3_600_000);
      expect((await dispatchDueDeliveries()).dead).toBe(1);
    } finally {
      await sshd.resume();
    }
    const dead = await getPrisma().delivery.findFirstOrThrow({
      where: { submissionId: second.submission.id },
    });
    expect(dead.status).toBe("dead");
    expect(filesOnServer()).not.toContain(`${second.reference}.json`);
  });

  it("stops at once, without retrying, when the server presents another host key", async () => {
    await createSftpTarget();
    const { submission, reference } = await retrieveOne(false);
    const newKey = await sshd.replaceHostKey();
    const results = await dispatchDueDeliveries();
    expect(results.dead).toBe(1);
    const delivery = await getPrisma().delivery.findFirstOrThrow({ where: { submissionId: submission.id } });
    expect(delivery).toMatchObject({ status: "dead", attemptCount: 1, nextAttemptAt: null });
    expect(delivery.lastError).toContain(`host key changed: ${newKey}`);
    expect(existsSync(path.join(sshd.directory, `${reference}.json`))).toBe(false);
    const ledger = await getSubmissionLedger(org.organization.id, submission.id);
    expect(ledger!.events.map((event) => event.type)).toContain("delivery_dead");
    expect(ledger!.deliveries[0]!.attempts[0]!.outcome).toBe("host-key-changed");
  });
});
