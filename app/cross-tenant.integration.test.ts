// Cross-tenant access on every admin page, admin route handler and API route, found by walking app/: a route added
// later is tested automatically, or this test fails until it says which object its parameters name. Organisation B's
// owner (or API key) asks for organisation A's objects and gets 404; A asking for its own is the control.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ current: null as null | { userId: string; sessionVersion: number } }));

vi.mock("next-auth", () => ({ getServerSession: async () => session.current, default: () => undefined }));
// Sessions are rows checked on every request (lib/auth/admin-sessions.ts); these tests are about tenants.
vi.mock("@/lib/auth/admin-sessions", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/admin-sessions")>()),
  isAdminSessionActive: async () => true,
}));

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
  headers: async () => new Headers({ "x-lomake-peer-address": "192.0.2.10" }),
}));
vi.mock("next-intl/server", () => {
  const t = Object.assign((key: string) => key, {
    has: () => true,
    rich: (key: string) => key,
    raw: (key: string) => key,
  });
  const format = {
    dateTime: () => "",
    number: String,
    relativeTime: () => "",
    list: (items: string[]) => items.join(", "),
  };
  return { getTranslations: async () => t, getFormatter: async () => format, getLocale: async () => "fi" };
});

import { hashPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { encryptBytes, encryptString } from "@/lib/crypto/encrypt-value";
import {
  exportFileContext,
  retrievedAttachmentContext,
  retrievedContentContext,
  storedFileContext,
} from "@/lib/crypto/encryption-contexts";
import { sha256Hex } from "@/lib/crypto/keyed-hash";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { renderOutcome } from "@/lib/testing/render-outcome";
import { createApiKey } from "@/lib/delivery/pull/api-keys";
import { API_SCOPES } from "@/lib/delivery/pull/api-scopes";
import {
  createTestOrganisation,
  createTestSubmission,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import type { TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

const APP_DIR = join(process.cwd(), "app");
const ADMIN_GROUPS = ["(admin)", "(builder)", "(admin-account)"];

/** Routes that name no organisation's object, with the reason. Anything else must be in OBJECT_PARAMS. */
const PUBLIC_API_ROUTES: Record<string, string> = {
  "api/auth/[...nextauth]": "next-auth's own sign-in endpoints",
  "api/health": "liveness, no data",
  "api/ready": "readiness, no data",
  "api/metrics":
    "the operator's Prometheus endpoint behind METRICS_TOKEN: counts per organisation, no personal data (tested beside it)",
  "api/v1/openapi.json": "the API's public description",
  "api/v1/schemas/[name]": "public JSON schemas of the webhook payloads",
  "api/v1/attachments/[source]/[id]":
    "signed, expiring links: the signature is the permission (tested in delivery)",
};

/**
 * Write routes need a body and an Idempotency-Key; `own` is what A's own key gets (no Suomi.fi answers here, so
 * a message is refused by its too long text, after the submission was found).
 */
const WRITE_REQUESTS: Record<string, { body: unknown; own: number }> = {
  "api/v1/submissions/[id]/messages": { body: { text: "x".repeat(4_001) }, own: 422 },
  "api/v1/submissions/[id]/status": { body: { state: "handled" }, own: 200 },
};

type TTenant = { org: TTestOrganisation; userId: string; apiKey: string; ids: Record<string, string> };
let a: TTenant;
let b: TTenant;

/** The object each dynamic segment names, per route: a new route with a new parameter must be added here. */
function paramsFor(route: string, tenant: TTenant): Record<string, string> {
  const table: Record<string, Record<string, string>> = {
    "admin/forms/[id]/settings": { id: tenant.ids.form! },
    "admin/forms/[id]/versions": { id: tenant.ids.form! },
    "admin/forms/[id]/edit": { id: tenant.ids.form! },
    "admin/submissions/[id]": { id: tenant.ids.submission! },
    "admin/submissions/[id]/attachments/[source]/[attachmentId]": {
      id: tenant.ids.submission!,
      source: "stored",
      attachmentId: tenant.ids.file!,
    },
    "admin/exports/[id]": { id: tenant.ids.export! },
    "admin/inbox/[id]": { id: tenant.ids.inboxMessage! },
    "admin/inbox/[id]/attachments/[attachmentId]": {
      id: tenant.ids.inboxMessage!,
      attachmentId: tenant.ids.inboxAttachment!,
    },
    "api/v1/schemas/forms/[slug]/[version]": { slug: tenant.ids.formSlug!, version: tenant.ids.formVersion! },
    "api/v1/submissions/[id]": { id: tenant.ids.submission! },
    "api/v1/messages/[id]": { id: tenant.ids.inboxMessage! },
    "api/v1/messages/[id]/ack": { id: tenant.ids.inboxMessage! },
    "api/v1/messages/[id]/attachments/[attachmentId]": {
      id: tenant.ids.inboxMessage!,
      attachmentId: tenant.ids.inboxAttachment!,
    },
    "api/v1/submissions/[id]/ack": { id: tenant.ids.submission! },
    "api/v1/submissions/[id]/messages": { id: tenant.ids.submission! },
    "api/v1/submissions/[id]/status": { id: tenant.ids.submission! },
    "api/v1/submissions/[id]/attachments/[attachmentId]": {
      id: tenant.ids.submission!,
      attachmentId: tenant.ids.file!,
    },
  };
  const params = table[route];
  const segments = [...route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
  if (!params || segments.some((segment) => !(segment in params))) {
    throw new Error(
      `Route ${route} is not covered by the cross-tenant test: add its parameters to paramsFor()`,
    );
  }
  return params;
}

function walk(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, found);
    else found.push(path);
  }
  return found;
}

/** "app/(admin)/admin/forms/[id]/page.tsx" → "admin/forms/[id]" (route groups dropped). */
function routeOf(file: string): string {
  return relative(APP_DIR, file)
    .split(sep)
    .slice(0, -1)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .join("/");
}

const files = walk(APP_DIR).filter((file) => !file.includes(".test."));
const inAdminGroup = (file: string) =>
  ADMIN_GROUPS.some((group) => relative(APP_DIR, file).startsWith(group));
const adminPages = files.filter((file) => inAdminGroup(file) && file.endsWith("page.tsx"));
const adminRoutes = files.filter((file) => inAdminGroup(file) && /route\.tsx?$/.test(file));
const apiRoutes = files.filter(
  (file) => relative(APP_DIR, file).startsWith(`api${sep}`) && /route\.tsx?$/.test(file),
);

function as(tenant: TTenant | null) {
  session.current = tenant ? { userId: tenant.userId, sessionVersion: 0 } : null;
}

const sandbox = {
  url: "http://127.0.0.1:9",
  username: "u",
  password: "p",
  organisationId: "o",
  serviceId: "s",
};

async function createTenant(label: string): Promise<TTenant> {
  const prisma = getPrisma();
  const org = await createTestOrganisation(sandbox as unknown as TTestSandbox);
  await prisma.organization.update({
    where: { id: org.organization.id },
    data: { name: `Tenant ${label} ${org.organization.slug}` },
  });
  await prisma.form.update({
    where: { id: org.form.id },
    data: { slug: `lomake-${label}-${org.organization.slug}` },
  });
  const user = await prisma.user.create({
    data: {
      email: `owner-${label}-${org.organization.slug}@example.fi`,
      passwordHash: await hashPassword("Omistajan-salasana-2026"),
      memberships: { create: { organizationId: org.organization.id, role: "owner" } },
    },
  });
  const { submission } = await createTestSubmission(org, { subject: `Aihe ${label}` });
  const bytes = Buffer.from(`liite ${label}`);
  const fileId = crypto.randomUUID();
  await prisma.storedFile.create({
    data: {
      id: fileId,
      organizationId: org.organization.id,
      submissionId: submission.id,
      fieldKey: "liite",
      name: "liite.txt",
      mediaType: "text/plain",
      sizeBytes: bytes.length,
      sha256: sha256Hex(bytes),
      contentEncrypted: new Uint8Array(encryptBytes(bytes, { associatedData: storedFileContext(fileId) })),
      scanStatus: "clean",
    },
  });
  const pull = await prisma.deliveryTarget.create({
    data: {
      organizationId: org.organization.id,
      kind: "pull",
      name: `Arkisto ${label}`,
      options: { senderDetail: "name" },
    },
  });
  // Retrieved from Suomi.fi and waiting for the target system: what the pull API serves.
  await prisma.retrievedMessage.create({
    data: {
      organizationId: org.organization.id,
      connectionId: org.connection.id,
      suomifiMessageId: BigInt(Math.floor(Math.random() * 1e12)),
      serviceId: "s",
      submissionId: submission.id,
      reference: submission.reference,
      match: "matched",
      integrityStatus: "valid",
      sentAt: now(),
      retrievedAt: now(),
    },
  });
  await prisma.submission.update({ where: { id: submission.id }, data: { status: "retrieved" } });
  await prisma.delivery.create({
    data: {
      organizationId: org.organization.id,
      submissionId: submission.id,
      targetId: pull.id,
      status: "awaiting_ack",
    },
  });
  // A citizen's new message in the inbox, with a file.
  const inboxMessageId = crypto.randomUUID();
  const inboxAttachmentId = crypto.randomUUID();
  await prisma.retrievedMessage.create({
    data: {
      id: inboxMessageId,
      organizationId: org.organization.id,
      connectionId: org.connection.id,
      suomifiMessageId: BigInt(Math.floor(Math.random() * 1e12)),
      serviceId: "s",
      match: "unmatched",
      integrityStatus: "not-checked",
      contentEncrypted: encryptString(JSON.stringify({ title: `Kysymys ${label}`, body: "Milloin?" }), {
        associatedData: retrievedContentContext(inboxMessageId),
      }),
      sentAt: now(),
      retrievedAt: now(),
      attachments: {
        create: {
          id: inboxAttachmentId,
          position: 0,
          attachmentId: "a",
          filename: "viesti.txt",
          mediaType: "text/plain",
          sizeBytes: bytes.length,
          sha256: sha256Hex(bytes),
          contentEncrypted: new Uint8Array(
            encryptBytes(bytes, { associatedData: retrievedAttachmentContext(inboxAttachmentId) }),
          ),
        },
      },
    },
  });
  // …given to the pull target as a message.received, as retrieval does.
  await prisma.delivery.create({
    data: {
      organizationId: org.organization.id,
      event: "message_received",
      retrievedMessageId: inboxMessageId,
      targetId: pull.id,
      status: "awaiting_ack",
    },
  });
  const exportId = crypto.randomUUID();
  await prisma.exportJob.create({
    data: {
      id: exportId,
      organizationId: org.organization.id,
      format: "csv",
      filters: {},
      status: "ready",
      fileName: "vienti.csv",
      expiresAt: new Date(now().getTime() + 3_600_000),
      fileEncrypted: new Uint8Array(
        encryptBytes(Buffer.from("a;b\n"), { associatedData: exportFileContext(exportId) }),
      ),
    },
  });
  const { token } = await createApiKey({
    organizationId: org.organization.id,
    name: `Avain ${label}`,
    scopes: API_SCOPES,
  });
  const version = await prisma.formVersion.findFirstOrThrow({ where: { formId: org.form.id } });
  return {
    org,
    userId: user.id,
    apiKey: token,
    ids: {
      form: org.form.id,
      formSlug: `lomake-${label}-${org.organization.slug}`,
      formVersion: String(version.version),
      submission: submission.id,
      inboxMessage: inboxMessageId,
      inboxAttachment: inboxAttachmentId,
      file: fileId,
      export: exportId,
      reference: submission.reference,
    },
  };
}

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
});

afterAll(async () => {
  await disconnectPrisma();
});

describe("the routes found in app/", () => {
  it("include the admin pages, admin route handlers and API routes this test must cover", () => {
    expect(adminPages.length).toBeGreaterThan(10);
    expect(adminRoutes.map(routeOf)).toContain("admin/exports/[id]");
    expect(apiRoutes.map(routeOf)).toContain("api/v1/submissions/[id]");
  });
});

/** Pages that show nothing of any organisation to anyone. */
const NO_DATA_PAGES: Record<string, string> = {
  "admin/[...missing]": "an address no page has: the not-found page for everyone",
};

describe.each(
  adminPages.map((file) => [routeOf(file), file]).filter(([route]) => !(route! in NO_DATA_PAGES)),
)("admin page /%s", (route, file) => {
  it("shows organisation B's owner nothing of organisation A", async () => {
    const { default: Page } = (await import(file)) as { default: (props: unknown) => unknown };
    const isDynamic = route.includes("[");
    const props = (tenant: TTenant) => ({
      params: Promise.resolve(isDynamic ? paramsFor(route, tenant) : {}),
      searchParams: Promise.resolve({}),
    });
    as(a);
    const own = await renderOutcome(() => Page(props(a)));
    expect(own.kind).toBe("ok");
    as(b);
    const foreign = await renderOutcome(() => Page(props(a)));
    if (isDynamic) expect(foreign.kind).toBe("404");
    else expect(foreign.kind).toBe("ok");
    for (const secret of [
      a.org.organization.name,
      a.ids.reference!,
      `lomake-a-${a.org.organization.slug}`,
      a.ids.form!,
    ]) {
      expect(foreign.text).not.toContain(secret);
    }
    as(null);
    expect((await renderOutcome(() => Page(props(a)))).kind).toBe("redirect");
  });
});

describe.each(adminRoutes.map((file) => [routeOf(file), file]))("admin route /%s", (route, file) => {
  it("answers organisation B's owner 404 for organisation A's objects", async () => {
    const handlers = (await import(file)) as Record<
      string,
      (request: Request, context: unknown) => Promise<Response>
    >;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((name) => name in handlers)) {
      const call = () =>
        handlers[method]!(new Request(`http://localhost/${route}`, { method }), {
          params: Promise.resolve(paramsFor(route, a)),
        });
      as(a);
      expect((await renderOutcome(call)).status).toBe(200);
      as(b);
      expect((await renderOutcome(call)).kind).toBe("404");
    }
  });
});

describe.each(apiRoutes.map((file) => [routeOf(file), file]))("API route /%s", (route, file) => {
  it("refuses organisation B's key for organisation A's objects, and a missing key", async () => {
    if (route in PUBLIC_API_ROUTES) return;
    const handlers = (await import(file)) as Record<
      string,
      (request: Request, context: unknown) => Promise<Response>
    >;
    const isDynamic = route.includes("[");
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((name) => name in handlers)) {
      const write = WRITE_REQUESTS[route];
      const call = (key: string | null) =>
        handlers[method]!(
          new Request(`http://localhost/${route}`, {
            method,
            headers: {
              ...(key ? { authorization: `Bearer ${key}` } : {}),
              ...(write ? { "idempotency-key": crypto.randomUUID() } : {}),
            },
            ...(write ? { body: JSON.stringify(write.body) } : {}),
          }),
          { params: Promise.resolve(isDynamic ? paramsFor(route, a) : {}) },
        );
      const none = await call(null);
      expect(none.status).toBe(401);
      const foreign = await call(b.apiKey);
      const text = await foreign.text();
      if (isDynamic) expect(foreign.status).toBe(404);
      expect(text).not.toContain(a.ids.submission!);
      expect(text).not.toContain(a.ids.reference!);
      const own = await call(a.apiKey);
      if (write) expect(own.status).toBe(write.own);
      else expect(own.status).toBeLessThan(300);
    }
  });
});
