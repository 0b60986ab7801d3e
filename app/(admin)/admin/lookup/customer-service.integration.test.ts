// The customer-service role: finds a submission by its reference and sees its state, timeline and deliveries —
// never the answers, the sender or the citizen's messages — and every other page with contents answers 404.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ current: null as null | { userId: string; sessionVersion: number } }));

vi.mock("next-auth", () => ({ getServerSession: async () => session.current, default: () => undefined }));
vi.mock("@/lib/auth/admin-sessions", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/admin-sessions")>()),
  isAdminSessionActive: async () => true,
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
  headers: async () => new Headers({ "x-lomake-peer-address": "192.0.2.10" }),
}));
vi.mock("next-intl/server", () => {
  const t = Object.assign(
    (key: string, values?: Record<string, unknown>) => `${key}${values ? JSON.stringify(values) : ""}`,
    {
      has: () => true,
      rich: (key: string) => key,
      raw: (key: string) => key,
    },
  );
  const format = {
    dateTime: () => "",
    number: String,
    relativeTime: () => "",
    list: (i: string[]) => i.join(", "),
  };
  return { getTranslations: async () => t, getFormatter: async () => format, getLocale: async () => "fi" };
});

import { hashPassword } from "@/lib/auth/password";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { renderOutcome } from "@/lib/testing/render-outcome";
import {
  createTestOrganisation,
  createTestSubmission,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import type { TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import LookupPage from "./page";
import SubmissionPage from "../submissions/[id]/page";
import WorkViewPage from "../submissions/page";
import InboxPage from "../inbox/page";

let org: TTestOrganisation;
let reference = "";
let submissionId = "";
let userId = "";

/** The rendered React tree as text, or "404" when it stopped there. */
async function render(run: () => unknown): Promise<string> {
  const outcome = await renderOutcome(run);
  return outcome.kind === "404" ? "404" : outcome.text;
}

beforeAll(async () => {
  const sandbox = {
    url: "http://127.0.0.1:9",
    username: "u",
    password: "p",
    organisationId: "o",
    serviceId: "s",
  };
  org = await createTestOrganisation(sandbox as unknown as TTestSandbox);
  const prisma = getPrisma();
  const user = await prisma.user.create({
    data: {
      email: `asiakaspalvelu-${org.organization.slug}@example.fi`,
      passwordHash: await hashPassword("Asiakaspalvelun-salasana-2026"),
      memberships: { create: { organizationId: org.organization.id, role: "customer_service" } },
    },
  });
  userId = user.id;
  const created = await createTestSubmission(org, { subject: "Salainen aihe" });
  reference = created.reference;
  submissionId = created.submission.id;
  const target = await prisma.deliveryTarget.create({
    data: {
      organizationId: org.organization.id,
      kind: "pull",
      name: "Asianhallinta",
      options: { senderDetail: "name", attachmentMode: "links" },
    },
  });
  await prisma.delivery.create({
    data: { organizationId: org.organization.id, submissionId, targetId: target.id, status: "awaiting_ack" },
  });
  session.current = { userId, sessionVersion: 0 };
});
afterAll(async () => {
  await disconnectPrisma();
});

describe("customer service", () => {
  it("finds a submission by its reference, written loosely, and sees state and deliveries only", async () => {
    const loose = reference.toLowerCase().replaceAll("-", " ");
    const text = await render(() => LookupPage({ searchParams: Promise.resolve({ reference: loose }) }));
    expect(text).toContain(`resultTitle{\\"reference\\":\\"${reference}\\"}`);
    expect(text).toContain("Asianhallinta");
    expect(text).toContain("submissionStatus.handed_off");
    // Nothing of what the citizen wrote, and no way to the full page.
    expect(text).not.toContain("Salainen aihe");
    expect(text).not.toContain(`/admin/submissions/${submissionId}`);
    const audit = await getPrisma().auditEvent.findFirstOrThrow({
      where: { organizationId: org.organization.id, action: "submission.looked_up", actorUserId: userId },
    });
    expect(audit).toMatchObject({ objectType: "submission", objectId: submissionId });
  });

  it("says clearly when no submission has the reference, and logs the lookup", async () => {
    const text = await render(() =>
      LookupPage({ searchParams: Promise.resolve({ reference: "LMK-AAAA-BBBB" }) }),
    );
    expect(text).toContain("lookup-not-found");
    const events = await getPrisma().auditEvent.findMany({
      where: { organizationId: org.organization.id, action: "submission.looked_up", objectId: null },
    });
    expect(events.map((e) => e.details)).toEqual([{ isFound: false }]);
  });

  it("cannot open the submission, the work view or the inbox", async () => {
    expect(
      await render(() =>
        SubmissionPage({
          params: Promise.resolve({ id: submissionId }),
          searchParams: Promise.resolve({ show: "answers" }),
        }),
      ),
    ).toBe("404");
    expect(await render(() => WorkViewPage({ searchParams: Promise.resolve({}) } as never))).toBe("404");
    expect(await render(() => InboxPage({ searchParams: Promise.resolve({}) } as never))).toBe("404");
  });
});
