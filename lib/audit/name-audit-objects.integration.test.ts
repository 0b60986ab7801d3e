// The audit log names a submission by its reference, a form by its title and a member by name, and never
// names another organisation's object.
import { afterAll, describe, expect, it } from "vitest";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { listAuditEvents, ZAuditFilter } from "@/lib/audit/list-audit-events";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { createTestOrganisation, createTestSubmission } from "@/lib/delivery/testing/delivery-fixtures";
import type { TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

const sandbox = {
  url: "http://127.0.0.1:9",
  username: "u",
  password: "p",
  organisationId: "o",
  serviceId: "s",
};

afterAll(async () => {
  await disconnectPrisma();
});

describe("audit log object names", () => {
  it("names submissions, forms and members of the organisation only", async () => {
    const org = await createTestOrganisation(sandbox as unknown as TTestSandbox);
    const other = await createTestOrganisation(sandbox as unknown as TTestSandbox);
    const { submission } = await createTestSubmission(org);
    const { submission: foreign } = await createTestSubmission(other);
    const prisma = getPrisma();
    const user = await prisma.user.create({
      data: { email: `maija-${crypto.randomUUID()}@example.fi`, name: "Maija Käsittelijä" },
    });
    await prisma.membership.create({
      data: { organizationId: org.organization.id, userId: user.id, role: "handler" },
    });
    const organizationId = org.organization.id;
    const actor = { userId: user.id, email: user.email };
    await recordAuditEvent({
      organizationId,
      actor,
      action: "submission.viewed",
      objectType: "submission",
      objectId: submission.id,
    });
    await recordAuditEvent({
      organizationId,
      actor,
      action: "form.published",
      objectType: "form",
      objectId: org.form.id,
    });
    await recordAuditEvent({
      organizationId,
      actor,
      action: "member.role_changed",
      objectType: "user",
      objectId: user.id,
    });
    await recordAuditEvent({
      organizationId,
      actor,
      action: "submission.viewed",
      objectType: "submission",
      objectId: foreign.id,
    });

    const { events } = await listAuditEvents(organizationId, ZAuditFilter.parse({}));
    const named = events.map((event) => [event.objectId, event.objectName?.label ?? null]);
    expect(named).toEqual([
      [foreign.id, null],
      [user.id, `Maija Käsittelijä <${user.email}>`],
      [org.form.id, "Palaute (palaute)"],
      [submission.id, submission.reference],
    ]);
    expect(events.find((event) => event.objectId === submission.id)?.objectName?.href).toBe(
      `/admin/submissions/${submission.id}`,
    );
  });
});
