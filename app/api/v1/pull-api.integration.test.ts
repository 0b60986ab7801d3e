// The pull API through its route handlers: key scoping, paging with the cursor, attachments, acknowledgement,
// revoked keys, and the OpenAPI document.
import Ajv2020 from "ajv/dist/2020";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { createApiKey, revokeApiKey } from "@/lib/delivery/pull/api-keys";
import {
  createTestOrganisation,
  createTestSubmission,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { GET as getOpenApi } from "./openapi.json/route";
import { GET as getFormSchema } from "./schemas/forms/[slug]/[version]/route";
import { POST as postAck } from "./submissions/[id]/ack/route";
import { GET as getAttachment } from "./submissions/[id]/attachments/[attachmentId]/route";
import { GET as getOne } from "./submissions/[id]/route";
import { GET as getList } from "./submissions/route";
import { PULL_SCOPES } from "@/lib/delivery/testing/api-key-fixtures";

let sandbox: TTestSandbox;
let org: TTestOrganisation;
let otherOrg: TTestOrganisation;
let token = "";
let otherToken = "";
const attachment = { filename: "kuva.png", content: Buffer.from("89504e470d0a1a0a0000000d49484452", "hex") };

beforeAll(async () => {
  sandbox = await startTestSandbox();
  org = await createTestOrganisation(sandbox);
  otherOrg = await createTestOrganisation(sandbox);
  await getPrisma().deliveryTarget.create({
    data: {
      organizationId: org.organization.id,
      kind: "pull",
      name: "Arkisto",
      options: { senderDetail: "name" },
    },
  });
  for (const subject of ["Yksi", "Kaksi", "Kolme"]) {
    const created = await createTestSubmission(org, {
      subject,
      attachments: subject === "Yksi" ? [attachment] : [],
    });
    await sendAsCitizen(sandbox, created.messageText, {
      attachments: subject === "Yksi" ? [attachment] : [],
    });
  }
  await pollConnection(org.connection.id);
  token = (await createApiKey({ organizationId: org.organization.id, name: "Arkisto", scopes: PULL_SCOPES }))
    .token;
  otherToken = (
    await createApiKey({ organizationId: otherOrg.organization.id, name: "Muu", scopes: PULL_SCOPES })
  ).token;
});
afterAll(async () => {
  await stopJobQueue();
  await sandbox?.close();
  await disconnectPrisma();
});

const call = (
  handler: (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>,
  path: string,
  key: string,
  params: Record<string, string> = {},
  method = "GET",
) =>
  handler(new Request(`http://localhost${path}`, { method, headers: { authorization: `Bearer ${key}` } }), {
    params: Promise.resolve(params),
  });

type TList = {
  items: { id: string; reference: string; isAcknowledged: boolean }[];
  nextCursor: string | null;
};

describe("pull API", () => {
  it("pages through the organisation's submissions with the cursor", async () => {
    const first = (await (
      await call(getList as never, "/api/v1/submissions?limit=2", token)
    ).json()) as TList;
    expect(first.items).toHaveLength(2);
    const second = (await (
      await call(getList as never, `/api/v1/submissions?after=${first.nextCursor}`, token)
    ).json()) as TList;
    expect(second.items).toHaveLength(1);
    const third = (await (
      await call(getList as never, `/api/v1/submissions?after=${second.nextCursor}`, token)
    ).json()) as TList;
    expect(third.items).toHaveLength(0);
  });

  it("returns answers, sender and attachments of one submission, and the attachment bytes", async () => {
    const list = (await (await call(getList as never, "/api/v1/submissions", token)).json()) as TList;
    const response = await call(getOne as never, `/api/v1/submissions/${list.items[0]!.id}`, token, {
      id: list.items[0]!.id,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      answers: { values: { subject: string }; labels: Record<string, string> };
      sender: Record<string, unknown>;
      attachments: { id: string; sha256: string }[];
    };
    expect(body.answers.values.subject).toBe("Yksi");
    expect(body.answers.labels.subject).toBe("Aihe");
    expect(body.sender).toEqual({
      kind: "person",
      name: "Testilä Tessa",
      personalIdentityCode: null,
      businessId: null,
    });
    expect(body.attachments).toHaveLength(1);
    const file = await call(getAttachment as never, "", token, {
      id: list.items[0]!.id,
      attachmentId: body.attachments[0]!.id,
    });
    expect(Buffer.from(await file.arrayBuffer())).toEqual(attachment.content);
  });

  it("lets another organisation's key see nothing, and refuses missing or revoked keys", async () => {
    const list = (await (await call(getList as never, "/api/v1/submissions", token)).json()) as TList;
    const other = (await (await call(getList as never, "/api/v1/submissions", otherToken)).json()) as TList;
    expect(other.items).toEqual([]);
    const id = list.items[0]!.id;
    expect((await call(getOne as never, "", otherToken, { id })).status).toBe(404);
    expect((await call(postAck as never, "", otherToken, { id }, "POST")).status).toBe(404);
    expect((await call(getList as never, "", "lmk_wrongwrongwrongwrongwrongwrong")).status).toBe(401);
    const revoked = await createApiKey({
      organizationId: org.organization.id,
      name: "Vanha",
      scopes: PULL_SCOPES,
    });
    await revokeApiKey(org.organization.id, revoked.key.id);
    expect((await call(getList as never, "", revoked.token)).status).toBe(401);
  });

  it("acknowledges a submission: the pull delivery succeeds and the submission is delivered", async () => {
    const list = (await (await call(getList as never, "/api/v1/submissions", token)).json()) as TList;
    const id = list.items[1]!.id;
    expect((await call(postAck as never, "", token, { id }, "POST")).status).toBe(200);
    expect((await call(postAck as never, "", token, { id }, "POST")).status).toBe(200);
    const submission = await getPrisma().submission.findUniqueOrThrow({ where: { id } });
    expect(submission.status).toBe("delivered");
    const after = (await (await call(getList as never, "/api/v1/submissions", token)).json()) as TList;
    expect(after.items.find((item) => item.id === id)?.isAcknowledged).toBe(true);
    expect(
      await getPrisma().submissionEvent.count({ where: { submissionId: id, type: "acknowledged" } }),
    ).toBe(1);
  });

  it("answers 409 with a clear body when no pull target was given the submission, and stores nothing", async () => {
    const list = (await (await call(getList as never, "/api/v1/submissions", token)).json()) as TList;
    const id = list.items[2]!.id;
    // The pull target did not exist when this submission arrived.
    await getPrisma().delivery.deleteMany({ where: { submissionId: id } });
    const response = await call(postAck as never, "", token, { id }, "POST");
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: "nothing_to_acknowledge",
      message: expect.stringContaining("not given to a pull target"),
    });
    const after = (await (await call(getList as never, "/api/v1/submissions", token)).json()) as TList;
    expect(after.items.find((item) => item.id === id)?.isAcknowledged).toBe(false);
    expect(
      await getPrisma().submissionEvent.count({ where: { submissionId: id, type: "acknowledged" } }),
    ).toBe(0);
    expect((await getPrisma().submission.findUniqueOrThrow({ where: { id } })).status).toBe("retrieved");
  });

  it("answers 404 for an unknown submission or one of another organisation", async () => {
    const list = (await (await call(getList as never, "/api/v1/submissions", token)).json()) as TList;
    const unknown = await call(postAck as never, "", token, { id: crypto.randomUUID() }, "POST");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: "not_found" });
    const foreign = await call(postAck as never, "", otherToken, { id: list.items[0]!.id }, "POST");
    expect(foreign.status).toBe(404);
  });

  it("publishes each form version's answer schema, which the submission's answers satisfy", async () => {
    const list = (await (await call(getList as never, "/api/v1/submissions", token)).json()) as TList;
    const submission = (await (await call(getOne as never, "", token, { id: list.items[0]!.id })).json()) as {
      form: { slug: string; version: number };
      answers: unknown;
    };
    // A slug only this organisation uses, so another organisation's key cannot find it by accident.
    const slug = `vain-meilla-${Date.now()}`;
    await getPrisma().form.updateMany({
      where: { organizationId: org.organization.id, slug: submission.form.slug },
      data: { slug },
    });
    const params = { slug, version: String(submission.form.version) };
    const path = `/api/v1/schemas/forms/${params.slug}/${params.version}`;
    const response = await call(getFormSchema as never, path, token, params);
    expect(response.status).toBe(200);
    const schema = (await response.json()) as { $id: string };
    expect(schema.$id).toBe(path);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(submission.answers), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...(submission.answers as object), values: { subject: 42 } })).toBe(false);

    // Another organisation, a version never published, a malformed version, no key: nothing is revealed.
    expect((await call(getFormSchema as never, path, otherToken, params)).status).toBe(404);
    expect((await call(getFormSchema as never, "", token, { ...params, version: "99" })).status).toBe(404);
    expect((await call(getFormSchema as never, "", token, { ...params, version: "1;drop" })).status).toBe(
      404,
    );
    expect((await call(getFormSchema as never, path, "", params)).status).toBe(401);
  });

  it("serves an OpenAPI document", async () => {
    const document = (await (await getOpenApi()).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/api/v1/submissions/{id}/ack");
  });
});
