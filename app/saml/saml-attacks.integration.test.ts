// Forged and misaddressed SAML responses, each made by the sandbox IdP's fault injection and posted to the
// real ACS route: every one is refused with a page that tells the person what to do, nothing is stored, and the
// log line names the reason without personal data.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as postAcs } from "./acs/route";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import type { TAssertionFault } from "@/lib/suomifi/sandbox/idp/build-saml-response";
import { completeIdentification } from "@/lib/identification/identification-session";
import {
  createIdentificationOrganization,
  identifyAtSandbox,
  TEST_APP_URL,
  useSandboxIdp,
} from "@/lib/identification/testing/sandbox-identification";

let sandbox: TTestSandbox;
let organization: Awaited<ReturnType<typeof createIdentificationOrganization>>;
const logged: unknown[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox();
  await useSandboxIdp(sandbox);
  organization = await createIdentificationOrganization();
  for (const level of ["info", "warn", "error"] as const)
    vi.spyOn(logger, level).mockImplementation(((...args: unknown[]) => {
      logged.push(args);
    }) as never);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await sandbox?.close();
  await disconnectPrisma();
});
beforeEach(async () => {
  logged.length = 0;
  await sandbox.control("DELETE", "idp/faults");
});

function acs(fields: Record<string, string>) {
  return postAcs(
    new Request(`${TEST_APP_URL}/saml/acs`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: sandbox.url },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

async function expectRefused(response: Response, reason: string, options: { hasFormLink?: boolean } = {}) {
  expect(response.status).toBe(400);
  const page = await response.text();
  expect(page).toContain("Tunnistautuminen ei onnistunut");
  expect(page).toContain("Aloita tunnistautuminen uudelleen");
  // The form is known while the attempt is; a used attempt is gone, and so is its link.
  if (options.hasFormLink !== false) expect(page).toContain('href="/f/tunnistus/lomake"');
  expect(response.headers.get("set-cookie")).toBeNull();
  const log = JSON.stringify(logged);
  expect(log).toContain(`"reason":"${reason}"`);
  for (const personal of ["010280-952L", "010469-999W", "Testilä", "Tessa", "Kivi"])
    expect(log).not.toContain(personal);
}

async function expectNothingStored(relayState: string) {
  const attempt = await getPrisma().identificationAttempt.findUnique({ where: { id: relayState } });
  expect(attempt?.identityEncrypted ?? null).toBeNull();
}

const FAULTS: [TAssertionFault, string][] = [
  ["unsigned", "invalid-signature"],
  ["tampered", "invalid-signature"],
  ["wrapped", "invalid-signature"],
  ["foreign-key", "invalid-signature"],
  ["plaintext", "not-encrypted"],
  ["wrong-audience", "audience"],
  ["wrong-recipient", "recipient"],
  ["expired", "expired"],
  ["unsolicited", "in-response-to"],
];

describe("forged or misaddressed responses", () => {
  it.each(FAULTS)("%s: refused (%s), nothing stored", async (fault, reason) => {
    await sandbox.control("POST", "idp/faults", { fault });
    const login = await identifyAtSandbox(sandbox, { organization });
    const sessionsBefore = await getPrisma().identificationSession.count();
    await expectRefused(await acs(login.fields), reason);
    await expectNothingStored(login.fields.RelayState!);
    await expect(completeIdentification(login.fields.RelayState!, login.attemptCookie)).rejects.toMatchObject(
      { reason: "unsolicited" },
    );
    expect(await getPrisma().identificationSession.count()).toBe(sessionsBefore);
  });
});

describe("replays", () => {
  it("a Response posted again after use is refused", async () => {
    const login = await identifyAtSandbox(sandbox, { organization });
    expect((await acs(login.fields)).status).toBe(303);
    await completeIdentification(login.fields.RelayState!, login.attemptCookie);
    logged.length = 0;
    await expectRefused(await acs(login.fields), "unsolicited", { hasFormLink: false });
  });

  it("a used Response replayed into a fresh attempt fails on InResponseTo", async () => {
    const used = await identifyAtSandbox(sandbox, { organization });
    expect((await acs(used.fields)).status).toBe(303);
    const fresh = await identifyAtSandbox(sandbox, { organization, henkilotunnus: "010469-999W" });
    logged.length = 0;
    await expectRefused(
      await acs({ SAMLResponse: used.fields.SAMLResponse!, RelayState: fresh.fields.RelayState! }),
      "in-response-to",
    );
    await expectNothingStored(fresh.fields.RelayState!);
  });

  it("a Response answering another attempt's request is refused", async () => {
    const first = await identifyAtSandbox(sandbox, { organization });
    const second = await identifyAtSandbox(sandbox, { organization, henkilotunnus: "010469-999W" });
    await expectRefused(
      await acs({ SAMLResponse: first.fields.SAMLResponse!, RelayState: second.fields.RelayState! }),
      "in-response-to",
    );
    await expectNothingStored(second.fields.RelayState!);
  });

  it("a Response without a known RelayState (unsolicited, IdP-initiated) is refused", async () => {
    const login = await identifyAtSandbox(sandbox, { organization });
    const response = await acs({ SAMLResponse: login.fields.SAMLResponse!, RelayState: crypto.randomUUID() });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Aloita tunnistautuminen uudelleen");
    await expectNothingStored(login.fields.RelayState!);
  });
});

describe("the accepted response", () => {
  it("goes on to the completion step in the same browser", async () => {
    const login = await identifyAtSandbox(sandbox, { organization });
    const response = await acs(login.fields);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/saml/complete/${login.fields.RelayState}`);
  });
});
