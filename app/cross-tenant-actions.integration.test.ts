// Cross-tenant access through every admin Server Action, found by walking app/: organisation B's owner sends each
// action organisation A's object ids and gets 404, and none of A's data changes. An action added
// later is tested automatically when its object ids use the names below, or this test fails until it is listed.
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
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined }),
  headers: async () => new Headers({ "x-lomake-peer-address": "192.0.2.11" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// Actions that answer in the admin's language read it from the request (outside a request here: Finnish).
vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  getLocale: async () => "fi",
}));

import { hashPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { hashToken, randomToken } from "@/lib/crypto/keyed-hash";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { createApiKey } from "@/lib/delivery/pull/api-keys";
import {
  createTestOrganisation,
  createTestSubmission,
  createWebhookTarget,
  TEST_DEFINITION,
} from "@/lib/delivery/testing/delivery-fixtures";
import { getFormSettings } from "@/lib/form-admin/form-settings";
import type { TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { PULL_SCOPES } from "@/lib/delivery/testing/api-key-fixtures";

const APP_DIR = join(process.cwd(), "app");

/** Actions that name no object: they act on the signed-in user or the current organisation only (context). */
const NO_OBJECT_ACTIONS: Record<string, string> = {
  "admin/actions#acceptInvitationAction": "public: the secret invitation token is the permission",
  "admin/actions#requestResetAction": "public: password reset request by e-mail",
  "admin/actions#resetPasswordAction": "public: the secret reset token is the permission",
  "admin/account/security/actions#beginEnrolmentAction": "the signed-in user's own two-factor",
  "admin/account/security/actions#confirmEnrolmentAction": "the signed-in user's own two-factor",
  "admin/account/security/actions#disableAction": "the signed-in user's own two-factor",
  "admin/account/security/actions#changePasswordAction": "the signed-in user's own password",
  "admin/account/security/actions#signOutEverywhereAction": "the signed-in user's own sessions",
  "admin/actions#unlockSignInAction": "public: the secret unlock token is the permission",
  "admin/forms/actions#createFormAction": "creates in the current organisation",
  "admin/members/actions#inviteMemberAction": "invites to the current organisation",
  "admin/members/actions#setTwoFactorRequirementAction": "the current organisation's setting",
  "admin/delivery/actions#createTargetAction": "creates in the current organisation",
  "admin/delivery/actions#addAllowlistAction": "adds to the current organisation",
  "admin/delivery/actions#fetchHostKeyAction": "reads a host key, stores nothing",
  "admin/delivery/api-keys/actions#createKeyAction": "creates in the current organisation",
  "admin/settings/suomifi/actions#saveConnectionAction": "the current organisation's connection",
  "admin/settings/suomifi/actions#savePaperMailAction": "the current organisation's paper-mail setting",
  "admin/privacy/actions#findPersonAction": "searches the current organisation (tested in lib/security)",
  "admin/privacy/actions#erasePersonAction": "erases in the current organisation (tested in lib/security)",
  "admin/privacy/actions#findCompanyAction":
    "searches the current organisation by Y-tunnus (tested in app/f)",
  "admin/privacy/actions#eraseCompanyAction":
    "erases in the current organisation by Y-tunnus (tested in app/f)",
  "admin/submissions/actions#searchSubmissionsAction":
    "seals a search of the current organisation into a token (tested in lib/submissions)",
};

/** Names of object-id fields in action inputs, and which of A's objects each names. */
type TIdField =
  | "formId"
  | "targetId"
  | "entryId"
  | "connectionId"
  | "serviceRowId"
  | "deliveryId"
  | "submissionId"
  | "membershipId"
  | "invitationId"
  | "keyId"
  | "messageId";
type TIds = Record<TIdField, string>;

/** Other fields an action may require, with valid values, so that only the object id decides the outcome. */
const OTHER_FIELDS: Record<string, unknown> = {
  role: "viewer",
  isEnabled: "false",
  restore: "0",
  revision: 0,
  version: 1,
  slug: "kopio-vieraasta",
  serviceId: "vieras-palvelu",
  name: "Vieras",
  // Valid for exports (csv, xlsx, json, zip) and for translation files (xliff, xlsx) alike.
  format: "xlsx",
  language: "sv",
  fileBase64: Buffer.from("vieras").toString("base64"),
  move: "handled",
  kind: "free",
  assigneeUserId: "",
  text: "Vieraan organisaation muistiinpano",
  json: JSON.stringify(TEST_DEFINITION),
  definition: TEST_DEFINITION,
  /** Filled in beforeAll from the real settings of B's own form, so the schema can grow without this test. */
  settings: null,
  note: "vieras",
  reference: "LMK-VIERAS",
  replyId: "00000000-0000-4000-8000-000000000001",
  body: "vieras",
  handlerText: "Vieraan organisaation viesti",
};

function walk(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, found);
    else if (name === "actions.ts") found.push(path);
  }
  return found;
}

const actionFiles = walk(APP_DIR).map((file) => ({
  file,
  route: relative(APP_DIR, file)
    .replace(/\.ts$/, "")
    .split(sep)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .join("/"),
}));

let idsA: TIds;
let userA = "";
let userB = "";
let orgA = "";

/** Everything of organisation A an action could change, as comparable JSON. */
async function snapshotA(): Promise<string> {
  const prisma = getPrisma();
  const where = { organizationId: orgA };
  const rows = await Promise.all([
    prisma.organization.findUnique({ where: { id: orgA } }),
    prisma.form.findMany({ where, include: { versions: true }, orderBy: { id: "asc" } }),
    prisma.deliveryTarget.findMany({ where, orderBy: { id: "asc" } }),
    prisma.deliveryAllowlistEntry.findMany({ where, orderBy: { id: "asc" } }),
    prisma.delivery.findMany({ where, orderBy: { id: "asc" } }),
    prisma.submission.findMany({ where, orderBy: { id: "asc" } }),
    prisma.suomifiConnection.findMany({ where, include: { services: true }, orderBy: { id: "asc" } }),
    prisma.membership.findMany({ where, orderBy: { id: "asc" } }),
    prisma.invitation.findMany({ where, orderBy: { id: "asc" } }),
    prisma.apiKey.findMany({ where, orderBy: { id: "asc" } }),
    prisma.retrievedMessage.findMany({ where, include: { notes: true }, orderBy: { id: "asc" } }),
    prisma.sentMessage.findMany({ where, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
}

const sandbox = {
  url: "http://127.0.0.1:9",
  username: "u",
  password: "p",
  organisationId: "o",
  serviceId: "s",
};

beforeAll(async () => {
  const prisma = getPrisma();
  const a = await createTestOrganisation(sandbox as unknown as TTestSandbox);
  const b = await createTestOrganisation(sandbox as unknown as TTestSandbox);
  orgA = a.organization.id;
  const passwordHash = await hashPassword("Omistajan-salasana-2026");
  const ownerA = await prisma.user.create({
    data: {
      email: `actions-a-${a.organization.slug}@example.fi`,
      passwordHash,
      memberships: { create: { organizationId: a.organization.id, role: "owner" } },
    },
    include: { memberships: true },
  });
  userA = ownerA.id;
  const editorA = await prisma.membership.create({
    data: {
      organization: { connect: { id: a.organization.id } },
      user: { create: { email: `actions-a-editor-${a.organization.slug}@example.fi`, passwordHash } },
      role: "editor",
    },
  });
  userB = (
    await prisma.user.create({
      data: {
        email: `actions-b-${b.organization.slug}@example.fi`,
        passwordHash,
        memberships: { create: { organizationId: b.organization.id, role: "owner" } },
      },
    })
  ).id;
  OTHER_FIELDS.settings = (await getFormSettings(b.organization.id, b.form.id)).settings;
  const { submission } = await createTestSubmission(a);
  const { target } = await createWebhookTarget(a, "https://asianhallinta.example.fi/hook", {
    allowCidr: "10.0.0.0/8",
  });
  const entry = await prisma.deliveryAllowlistEntry.findFirstOrThrow({
    where: { organizationId: a.organization.id },
  });
  // Dead and already notified: the health check of other test files sends no mail about it.
  const delivery = await prisma.delivery.create({
    data: {
      organizationId: a.organization.id,
      submissionId: submission.id,
      targetId: target.id,
      status: "dead",
      deadAt: now(),
      deadNotifiedAt: now(),
    },
  });
  const invitation = await prisma.invitation.create({
    data: {
      organizationId: a.organization.id,
      email: "kutsuttu@example.fi",
      role: "editor",
      tokenHash: hashToken(randomToken()),
      expiresAt: new Date(now().getTime() + 86_400_000),
    },
  });
  const key = await createApiKey({
    organizationId: a.organization.id,
    name: "A:n avain",
    scopes: PULL_SCOPES,
  });
  const keyRow = await prisma.apiKey.findFirstOrThrow({ where: { organizationId: a.organization.id } });
  expect(key.token).toBeTruthy();
  idsA = {
    formId: a.form.id,
    targetId: target.id,
    entryId: entry.id,
    connectionId: a.connection.id,
    serviceRowId: a.connection.services[0]!.id,
    deliveryId: delivery.id,
    submissionId: submission.id,
    membershipId: editorA.id,
    invitationId: invitation.id,
    keyId: keyRow.id,
    messageId: (
      await prisma.retrievedMessage.create({
        data: {
          organizationId: a.organization.id,
          connectionId: a.connection.id,
          suomifiMessageId: BigInt(Date.now()),
          serviceId: a.connection.services[0]!.serviceId,
          match: "unmatched",
          integrityStatus: "not-checked",
          sentAt: now(),
          retrievedAt: now(),
        },
      })
    ).id,
  };
  expect(ownerA.memberships).toHaveLength(1);
});

afterAll(async () => {
  await disconnectPrisma();
});

type TOutcome = "404" | "error" | "ok" | "redirect";

async function callAction(
  action: (...args: never[]) => Promise<unknown>,
  input: Record<string, unknown>,
): Promise<TOutcome> {
  try {
    let result: unknown;
    if (action.length >= 2) {
      const form = new FormData();
      for (const [name, value] of Object.entries(input)) {
        form.set(name, typeof value === "string" ? value : JSON.stringify(value));
      }
      result = await (action as (state: unknown, form: FormData) => Promise<unknown>)(
        { status: "idle" },
        form,
      );
    } else {
      result = await (action as (input: unknown) => Promise<unknown>)(input);
    }
    const value = result as { status?: string; ok?: boolean } | undefined;
    return value?.status === "error" || value?.ok === false ? "error" : "ok";
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.includes(";404")) return "404";
    if (digest.startsWith("NEXT_REDIRECT")) return "redirect";
    throw error;
  }
}

describe("admin Server Actions found in app/", () => {
  it("are many, and each is either tested with object ids below or listed as naming no object", async () => {
    const names: string[] = [];
    for (const { file, route } of actionFiles) {
      for (const name of Object.keys(await import(file))) names.push(`${route}#${name}`);
    }
    expect(names.length).toBeGreaterThan(25);
    for (const stale of Object.keys(NO_OBJECT_ACTIONS)) expect(names).toContain(stale);
  });

  it.each(actionFiles.map(({ file, route }) => [route, file]))(
    "%s: another organisation's ids answer 404 and change nothing",
    async (route, file) => {
      const actions = (await import(file)) as Record<string, (...args: never[]) => Promise<unknown>>;
      for (const [name, action] of Object.entries(actions)) {
        if (`${route}#${name}` in NO_OBJECT_ACTIONS) continue;
        const input = { ...OTHER_FIELDS, ...idsA };
        const before = await snapshotA();
        session.current = { userId: userB, sessionVersion: 0 };
        const outcome = await callAction(action, input);
        // Exactly 404: an "error" would mean the input never reached the lookup (a field this test does not fill).
        expect(`${name}: ${outcome}`).toBe(`${name}: 404`);
        expect(await snapshotA(), `${route}#${name} changed organisation A's data`).toBe(before);
      }
    },
  );

  it("the control: A's owner acting on A's own objects is not refused as 404", async () => {
    const { revokeInvitationAction } = (await import(
      actionFiles.find(({ route }) => route === "admin/members/actions")!.file
    )) as Record<string, (...args: never[]) => Promise<unknown>>;
    session.current = { userId: userA, sessionVersion: 0 };
    expect(await callAction(revokeInvitationAction!, { invitationId: idsA.invitationId })).toBe("ok");
    const invitation = await getPrisma().invitation.findUniqueOrThrow({ where: { id: idsA.invitationId } });
    expect(invitation.revokedAt).not.toBeNull();
  });
});
