// The published contracts hold: every payload Lomake sends (webhook deliveries of each kind of target, the
// "send test event" payload, the pull API's answers) validates with Ajv against the JSON Schema served at
// /api/v1/schemas/submission-v1.json and against the OpenAPI document, which itself is valid OpenAPI 3.1
// (checked by an OpenAPI validator) with every $ref resolving and the webhooks described.
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { dispatchDueDeliveries } from "@/lib/delivery/dispatch-due-deliveries";
import { sendTestEvent } from "@/lib/delivery/manage-targets";
import { createApiKey } from "@/lib/delivery/pull/api-keys";
import { encryptTargetSecrets } from "@/lib/delivery/target-secrets";
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
import { GET as getOpenApi } from "./openapi.json/route";
import { GET as getSchema } from "./schemas/[name]/route";
import { GET as getOne } from "./submissions/[id]/route";
import { GET as getList } from "./submissions/route";
import { PULL_SCOPES } from "@/lib/delivery/testing/api-key-fixtures";

let sandbox: TTestSandbox;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let org: TTestOrganisation;
let secret = "";
let published: object;
let openApi: Record<string, unknown>;
const files = [{ filename: "kuitti.pdf", content: Buffer.from("%PDF-1.4 kuitti\n") }];

function ajv(options: { isStrict: boolean } = { isStrict: true }) {
  const instance = new Ajv2020({ strict: options.isStrict, allErrors: true });
  addFormats(instance);
  return instance;
}

beforeAll(async () => {
  sandbox = await startTestSandbox();
  receiver = await startWebhookReceiver(() => secret);
  org = await createTestOrganisation(sandbox);
  // One webhook target of each sender detail and attachment mode; they share one secret for the receiver.
  const first = await createWebhookTarget(org, receiver.url, { senderDetail: "name-and-id" });
  secret = first.secret;
  for (const options of [
    { senderDetail: "name", attachmentMode: "inline" },
    { senderDetail: "none", attachmentMode: "links" },
  ]) {
    const { target } = await createWebhookTarget(org, receiver.url, options);
    await getPrisma().deliveryTarget.update({
      where: { id: target.id },
      data: {
        secretsEncrypted: encryptTargetSecrets(target.id, [
          { id: "s1", secret, createdAt: new Date().toISOString() },
        ]),
      },
    });
  }
  await getPrisma().deliveryTarget.create({
    data: {
      organizationId: org.organization.id,
      kind: "pull",
      name: "Arkisto",
      options: { senderDetail: "name", attachmentMode: "links" },
    },
  });
  const cases: [string, typeof files | null][] = [
    ["Liite kulki viestin mukana", files],
    ["Liite jäi Lomakkeelle", []],
    ["Ei liitteitä", null],
  ];
  for (const [subject, sent] of cases) {
    const created = await createTestSubmission(org, { subject, attachments: sent === null ? [] : files });
    await sendAsCitizen(sandbox, created.messageText, { attachments: sent ?? [] });
  }
  await pollConnection(org.connection.id);
  await dispatchDueDeliveries();
  published = (await (
    await getSchema(new Request("http://localhost/"), {
      params: Promise.resolve({ name: "submission-v1.json" }),
    })
  ).json()) as object;
  openApi = (await (await getOpenApi()).json()) as Record<string, unknown>;
});
afterAll(async () => {
  await stopJobQueue();
  await receiver?.close();
  await sandbox?.close();
  await disconnectPrisma();
});

describe("published JSON Schema", () => {
  it("every webhook delivery validates, for every sender detail and attachment mode", async () => {
    const validate = ajv().compile(published);
    const deliveries = receiver.received.filter((r) => r.payload.type === "submission.received");
    expect(deliveries).toHaveLength(9); // 3 submissions × 3 webhook targets
    expect(deliveries.every((r) => r.isValid)).toBe(true);
    for (const { payload } of deliveries) {
      expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
    }
    const inline = deliveries.flatMap((r) =>
      (r.payload.attachments as { contentBase64: string | null }[]).filter((a) => a.contentBase64),
    );
    expect(inline.length).toBeGreaterThan(0);
  });

  it('the "send test event" payload validates', async () => {
    receiver.received.length = 0;
    const target = await getPrisma().deliveryTarget.findFirstOrThrow({
      where: {
        organizationId: org.organization.id,
        kind: "webhook",
        options: { path: ["senderDetail"], equals: "name-and-id" },
      },
    });
    const result = await sendTestEvent(org.organization.id, target.id, { email: "omistaja@example.fi" });
    expect(result.isSuccess).toBe(true);
    const [event] = receiver.received;
    expect(event).toMatchObject({ isValid: true, payload: { type: "test" } });
    const validate = ajv().compile(published);
    expect(validate(event!.payload), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects what breaks the contract (the check can fail)", () => {
    const validate = ajv().compile(published);
    const [delivery] = receiver.received.length
      ? receiver.received
      : [{ payload: { type: "test", payloadVersion: 1 } }];
    expect(validate({ ...delivery!.payload, sentAt: "2026-12-04T00:00:00Z" })).toBe(false);
    expect(validate({ type: "test", payloadVersion: 1, deliveryId: "x", organization: { id: "o" } })).toBe(
      false,
    );
  });
});

/** Every "#/…" $ref of the document, with whether it points at something that exists. */
function localRefs(document: unknown): { ref: string; isResolved: boolean }[] {
  const refs: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string") refs.push(value);
        else walk(value);
      }
    }
  };
  walk(document);
  return refs.map((ref) => {
    let node: unknown = document;
    for (const part of ref.replace(/^#\//, "").split("/")) {
      const key = decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~");
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
    }
    return { ref, isResolved: ref.startsWith("#/") && node !== undefined };
  });
}

describe("OpenAPI document", () => {
  it("is valid OpenAPI 3.1 with no dangling $ref, and describes the webhooks", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(openApi));
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    const refs = localRefs(openApi);
    expect(refs.length).toBeGreaterThan(5);
    expect(refs.filter((r) => !r.isResolved)).toEqual([]);
    expect(() => validator.resolveRefs()).not.toThrow();
    expect(Object.keys(openApi.webhooks as object).sort()).toEqual([
      "message.received",
      "submission.received",
      "submission.reply",
      "test",
    ]);
  });

  it("describes the write API: its bodies, the Idempotency-Key and the one scope of every operation", () => {
    const paths = openApi.paths as Record<
      string,
      Record<
        string,
        {
          security?: Record<string, string[]>[];
          parameters?: { name: string; in: string; required?: boolean }[];
          requestBody?: unknown;
        }
      >
    >;
    for (const path of ["/api/v1/submissions/{id}/messages", "/api/v1/submissions/{id}/status"]) {
      const post = paths[path]?.post;
      expect(post?.security).toEqual([{ apiKey: ["messages:send"] }]);
      expect(post?.parameters).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: "Idempotency-Key", in: "header", required: true }),
        ]),
      );
      expect(post?.requestBody).toBeDefined();
    }
    // Every operation names its scope, and only scopes a key can have.
    for (const [path, operations] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const scopes = operation.security?.[0]?.apiKey ?? [];
        expect(scopes, `${method} ${path}`).toHaveLength(1);
        expect(["submissions:read", "submissions:ack", "messages:send"]).toContain(scopes[0]);
      }
    }
  });

  it("the pull API's answers and the webhook bodies validate against its component schemas", async () => {
    // Not strict: the document's own keywords (openapi, paths, …) are not JSON Schema keywords.
    const instance = ajv({ isStrict: false });
    instance.addSchema({ $id: "https://lomake.invalid/openapi.json", ...openApi, $schema: undefined });
    const schemaOf = (name: string) =>
      instance.compile({ $ref: `https://lomake.invalid/openapi.json#/components/schemas/${name}` });
    const { token } = await createApiKey({
      organizationId: org.organization.id,
      name: "Sopimus",
      scopes: PULL_SCOPES,
    });
    const authorised = (path: string) =>
      new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } });
    const list = (await (
      await getList(authorised("/api/v1/submissions"), { params: Promise.resolve({}) })
    ).json()) as {
      items: { id: string }[];
    };
    const validateList = schemaOf("SubmissionList");
    expect(validateList(list), JSON.stringify(validateList.errors)).toBe(true);
    expect(list.items).toHaveLength(3);
    const validateSubmission = schemaOf("Submission");
    for (const item of list.items) {
      const one = await (
        await getOne(authorised(`/api/v1/submissions/${item.id}`), {
          params: Promise.resolve({ id: item.id }),
        })
      ).json();
      expect(validateSubmission(one), JSON.stringify(validateSubmission.errors)).toBe(true);
    }
  });
});
