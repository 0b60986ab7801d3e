// Contract tests: the REST client's failure handling against the sandbox.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TSuomifiCallRecord } from "./call-record";
import { SuomifiPermanentError, SuomifiRetryableError } from "./errors";
import { createSuomifiRestClient } from "./rest-client";
import { rotatePassword, resolvePendingPassword, type TPasswordStore } from "./rotate-password";
import { startTestSandbox, type TTestSandbox } from "./sandbox/sandbox-test-helpers";
import { testConnection } from "./test-connection";

let sandbox: TTestSandbox;
let records: TSuomifiCallRecord[];

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
  records = [];
});

function client(password: () => string = () => sandbox.password) {
  return createSuomifiRestClient({
    baseUrl: sandbox.url,
    username: sandbox.username,
    getPassword: password,
    retry: { attempts: 3, baseDelayMs: 1 },
    onCall: (record) => {
      records.push(record);
    },
    logger: { warn: () => undefined },
  });
}

const request = (externalId: string, recipientId: string) => ({
  externalId,
  recipient: { id: recipientId },
  sender: { serviceId: "lomake-demo-service" },
  electronic: {
    title: "Otsikko",
    body: "Teksti",
    bodyFormat: "Text" as const,
    messageServiceType: "Normal" as const,
    replyAllowedBy: "Anyone" as const,
    visibility: "Recipient only" as const,
    attachments: [],
    notifications: {
      senderDetailsInNotifications: "None" as const,
      unreadMessageNotification: { reminder: "No reminders" as const },
    },
  },
});

async function capture(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("REST client failure handling", () => {
  it("answers 400 MAILBOX_NOT_IN_USE as a permanent error with the code and trace id", async () => {
    const error = await capture(client().sendElectronicMessage(request("x-1", "181064-998C")));
    expect(error).toBeInstanceOf(SuomifiPermanentError);
    expect(error).toMatchObject({
      status: 400,
      errorCode: "MAILBOX_NOT_IN_USE",
      traceId: expect.any(String),
    });
  });

  it("renews the token once on 401 after revocation and after expiry on the sandbox clock", async () => {
    const api = client();
    await api.getEvents();
    await sandbox.control("POST", "tokens/revoke", {});
    await api.getEvents();
    await sandbox.control("POST", "clock/advance", { seconds: 3700 });
    await api.getEvents();
    expect(records.map((r) => `${r.endpoint} ${r.status}`)).toEqual([
      "/v1/token 200",
      "/v2/events 200",
      "/v2/events 401",
      "/v1/token 200",
      "/v2/events 200",
      "/v2/events 401",
      "/v1/token 200",
      "/v2/events 200",
    ]);
  });

  it("gives up with a permanent error when a renewed token is refused too", async () => {
    await sandbox.control("POST", "faults", { endpoint: "GET /v2/events", status: 401, times: 2 });
    const error = await capture(client().getEvents());
    expect(error).toBeInstanceOf(SuomifiPermanentError);
    expect(error).toMatchObject({ status: 401 });
  });

  it("retries 5xx with backoff and succeeds when the fault clears", async () => {
    await sandbox.control("POST", "faults", { endpoint: "GET /v2/events", status: 503, times: 2 });
    const page = await client().getEvents();
    expect(page.events).toEqual([]);
    expect(
      records.filter((r) => r.endpoint === "/v2/events").map((r) => [r.status, r.attempt, r.outcome]),
    ).toEqual([
      [503, 1, "retryable-error"],
      [503, 2, "retryable-error"],
      [200, 3, "success"],
    ]);
  });

  it("throws a retryable error when 5xx persists, and during maintenance", async () => {
    await sandbox.control("POST", "faults", { endpoint: "*", status: 500 });
    const error = await capture(client().getActiveMailboxes(["010280-952L"]));
    expect(error).toBeInstanceOf(SuomifiRetryableError);
    expect(error).toMatchObject({ status: 500, endpoint: "/v1/token" });
    await sandbox.control("DELETE", "faults");
    await sandbox.control("POST", "maintenance", { isEnabled: true });
    const maintenance = await capture(client().getEvents());
    expect(maintenance).toBeInstanceOf(SuomifiRetryableError);
    expect(maintenance).toMatchObject({ status: 503, errorCode: "MAINTENANCE" });
  });

  it("times out slow calls as retryable", async () => {
    await sandbox.control("POST", "faults", { endpoint: "GET /v2/events", latencyMs: 400 });
    const api = createSuomifiRestClient({
      baseUrl: sandbox.url,
      username: sandbox.username,
      getPassword: () => sandbox.password,
      timeoutMs: 100,
      retry: { attempts: 1 },
      logger: { warn: () => undefined },
    });
    expect(await capture(api.getEvents())).toBeInstanceOf(SuomifiRetryableError);
  });

  it("makes messages, attachments and events disappear after 60 days", async () => {
    const { messageIds } = await sandbox.control<{ messageIds: number[] }>("POST", "citizen-messages", {
      personId: "010280-952L",
      serviceId: sandbox.serviceId,
      title: "Vanha",
      body: "Teksti",
      attachments: [{ filename: "a.txt", contentBase64: Buffer.from("abc").toString("base64") }],
    });
    const api = client();
    const message = await api.getMessage(messageIds[0]!);
    await sandbox.control("POST", "clock/advance", { seconds: 61 * 24 * 3600 });
    expect(await capture(api.getMessage(messageIds[0]!))).toMatchObject({ status: 404, isRetryable: false });
    const download = await capture(api.downloadAttachment(message.electronic.attachments[0]!.attachmentId));
    expect(download).toMatchObject({ status: 404 });
    expect((await api.getEvents()).events).toEqual([]);
  });

  it("rejects an uploaded attachment referenced after 24 hours", async () => {
    const api = client();
    const { attachmentId } = await api.uploadAttachment({
      filename: "a.pdf",
      content: new TextEncoder().encode("%PDF"),
    });
    await sandbox.control("POST", "clock/advance", { seconds: 25 * 3600 });
    const error = await capture(
      api.sendElectronicMessage({
        ...request("late", "010280-952L"),
        electronic: { ...request("late", "x").electronic, attachments: [{ attachmentId }] },
      }),
    );
    expect(error).toMatchObject({ status: 400, errorCode: "INVALID_ATTACHMENT_ID" });
  });

  it("rotates the password through a pending value, and resolves a pending value on the next run", async () => {
    const stored: { current: string; pending: string | null } = { current: sandbox.password, pending: null };
    const store: TPasswordStore = {
      getCurrent: async () => stored.current,
      getPending: async () => stored.pending,
      setPending: async (password) => {
        stored.pending = password;
      },
      promotePending: async () => {
        stored.current = stored.pending!;
        stored.pending = null;
      },
    };
    const api = client(() => stored.current);
    expect(await rotatePassword(api, store)).toBe("rotated");
    expect(stored.current).not.toBe(sandbox.password);
    expect(await api.isPasswordValid(sandbox.password)).toBe(false);
    expect(await api.isPasswordValid(stored.current)).toBe(true);
    expect(JSON.stringify(records)).not.toContain(stored.current);

    // A change whose answer was lost: the sandbox has the pending password, the store still calls it pending.
    const lost = "Lost-answer-password-0000-0000-0000!";
    await sandbox.control("PUT", "systems", { username: sandbox.username, password: lost });
    stored.pending = lost;
    expect(await resolvePendingPassword(api, store)).toBe("promoted-pending");
    expect(stored).toEqual({ current: lost, pending: null });

    // A change that never happened: the pending value is dropped in favour of a fresh rotation.
    stored.pending = "Never-set-password-0000-0000-00000!";
    expect(await resolvePendingPassword(api, store)).toBe("kept-current");
    expect(await rotatePassword(api, store)).toBe("rotated");
    expect(await api.isPasswordValid(stored.current)).toBe(true);
  });

  it("refuses a weak new password", async () => {
    const error = await capture(client().changePassword(sandbox.password, "short"));
    expect(error).toMatchObject({ status: 400, errorCode: "PASSWORD_POLICY" });
  });

  it("tests a connection", async () => {
    const config = { baseUrl: sandbox.url, username: sandbox.username, password: sandbox.password };
    expect(await testConnection(config)).toMatchObject({ isOk: true, tokenExpiresInSeconds: 3600 });
    expect(await testConnection({ ...config, password: "wrong" })).toMatchObject({
      isOk: false,
      problem: "credentials",
      step: "token",
      status: 400,
    });
    expect(await testConnection({ ...config, baseUrl: "http://127.0.0.1:1" })).toMatchObject({
      isOk: false,
      problem: "unavailable",
    });
  });
});
