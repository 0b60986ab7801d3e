import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOwner } from "@/lib/accounts/create-owner";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { CONNECTION_PASSWORD_CONTEXT } from "@/lib/suomifi/connections/connection-client";
import {
  addService,
  defaultPostProfile,
  removeService,
  rotateStoredPassword,
  saveConnection,
  testStoredConnection,
  ZSaveConnection,
} from "@/lib/suomifi/connections/manage-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;

async function organisation(slug: string) {
  const { organization, user } = await createOwner({
    email: `${slug}@example.fi`,
    password: "owner password 123",
    organizationSlug: slug,
    organizationName: slug,
  });
  return { organizationId: organization.id, actor: { userId: user.id, email: user.email, ip: null } };
}

function connectionInput(password: string | undefined) {
  return ZSaveConnection.parse({
    environment: "sandbox",
    restBaseUrl: sandbox.url,
    username: sandbox.username,
    password,
    postOrganizationId: sandbox.organisationId,
    postProfile: JSON.stringify(defaultPostProfile("sandbox")),
  });
}

beforeAll(async () => {
  sandbox = await startTestSandbox();
});

afterAll(async () => {
  await sandbox.close();
  await disconnectPrisma();
});

describe("Suomi.fi connection settings", () => {
  it("stores the password encrypted, tests it against the sandbox and records every call", async () => {
    const { organizationId, actor } = await organisation(`sf-ok-${Date.now()}`);
    const connection = await saveConnection(organizationId, connectionInput(sandbox.password), actor);
    expect(connection.passwordEncrypted).not.toContain(sandbox.password);
    expect(decryptString(connection.passwordEncrypted, { associatedData: CONNECTION_PASSWORD_CONTEXT })).toBe(
      sandbox.password,
    );

    const result = await testStoredConnection(organizationId, { connectionId: connection.id }, actor);
    expect(result).toMatchObject({ isOk: true });
    const calls = await getPrisma().externalCall.findMany({ where: { organizationId } });
    expect(calls.map((call) => call.endpoint)).toEqual(expect.arrayContaining(["/v1/token", "/v2/events"]));
    expect(
      JSON.stringify(calls, (_key, value) => (typeof value === "bigint" ? String(value) : value)),
    ).not.toContain(sandbox.password);
  });

  it("reports wrong credentials as such, and keeps the stored password when the field is left empty", async () => {
    const { organizationId, actor } = await organisation(`sf-bad-${Date.now()}`);
    const connection = await saveConnection(organizationId, connectionInput("not-the-right-password"), actor);
    expect(await testStoredConnection(organizationId, { connectionId: connection.id }, actor)).toMatchObject({
      isOk: false,
      problem: "credentials",
    });
    await saveConnection(organizationId, connectionInput(sandbox.password), actor);
    await saveConnection(organizationId, connectionInput(undefined), actor);
    expect(await testStoredConnection(organizationId, { connectionId: connection.id }, actor)).toMatchObject({
      isOk: true,
    });
  });

  it("rotates the password at the sandbox and keeps working with the new one", async () => {
    const { organizationId, actor } = await organisation(`sf-rot-${Date.now()}`);
    const connection = await saveConnection(organizationId, connectionInput(sandbox.password), actor);
    try {
      expect(await rotateStoredPassword(organizationId, { connectionId: connection.id }, actor)).toBe(
        "rotated",
      );
      const row = await getPrisma().suomifiConnection.findUniqueOrThrow({ where: { id: connection.id } });
      const newPassword = decryptString(row.passwordEncrypted, {
        associatedData: CONNECTION_PASSWORD_CONTEXT,
      });
      expect(newPassword).not.toBe(sandbox.password);
      expect(row.pendingPasswordEncrypted).toBeNull();
      expect(
        await testStoredConnection(organizationId, { connectionId: connection.id }, actor),
      ).toMatchObject({ isOk: true });
    } finally {
      await sandbox.control("POST", "reset");
    }
  });

  it("refuses a profile that is not a valid POST profile, naming the problem", () => {
    const parsed = ZSaveConnection.safeParse({
      ...connectionInput(undefined),
      postProfile: '{"version": 1}',
    });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain("actionUrl");
  });

  it("keeps services and connections of one organisation out of another's reach", async () => {
    const a = await organisation(`sf-a-${Date.now()}`);
    const b = await organisation(`sf-b-${Date.now()}`);
    const connection = await saveConnection(a.organizationId, connectionInput(sandbox.password), a.actor);
    await addService(
      a.organizationId,
      { connectionId: connection.id, serviceId: "svc-1", name: "Palvelu" },
      a.actor,
    );
    const service = await getPrisma().suomifiService.findFirstOrThrow({
      where: { connectionId: connection.id },
    });
    await expect(
      testStoredConnection(b.organizationId, { connectionId: connection.id }, b.actor),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      addService(b.organizationId, { connectionId: connection.id, serviceId: "x", name: "x" }, b.actor),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      removeService(b.organizationId, { serviceRowId: service.id }, b.actor),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await removeService(a.organizationId, { serviceRowId: service.id }, a.actor);
    expect(await getPrisma().suomifiService.count({ where: { connectionId: connection.id } })).toBe(0);
  });
});
