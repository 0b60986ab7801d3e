// The Valtuudet emulation over HTTP through Lomake's client: principals, mandate checks, the checksum header.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSandbox, type TTestSandbox } from "./sandbox/sandbox-test-helpers";
import { SANDBOX_ISSUE_CODES } from "./sandbox/test-persons";
import { createValtuudetClient, type TValtuudetConfig } from "./valtuudet-client";
import {
  DEFAULT_VALTUUDET_CODES,
  DEFAULT_VALTUUDET_FIELDS,
  DEFAULT_VALTUUDET_PATHS,
  SANDBOX_VALTUUDET_CLIENT,
} from "./valtuudet-contract";
import { SuomifiPermanentError } from "./errors";

let sandbox: TTestSandbox;
let config: TValtuudetConfig;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  config = {
    baseUrl: sandbox.url,
    ...SANDBOX_VALTUUDET_CLIENT,
    paths: DEFAULT_VALTUUDET_PATHS,
    fields: DEFAULT_VALTUUDET_FIELDS,
    codes: DEFAULT_VALTUUDET_CODES,
  };
});
afterAll(async () => {
  await sandbox?.close();
});

const TESSA = "010280-952L";
const JONI = "010469-999W";
const ANNA_LIISA = "010675-9981";

describe("Suomi.fi Valtuudet emulation and client", () => {
  it("lists the child and the company Tessa may act for, with role and issues", async () => {
    const principals = await createValtuudetClient(config).listPrincipals(TESSA, {
      persons: true,
      companies: true,
    });
    expect(principals).toEqual([
      { kind: "person", id: "150315A9985", name: "Testilä Tuuli Alva", role: "guardian", issues: "all" },
      { kind: "company", id: "1912105-6", name: "Testiyritys Oy", roles: ["NIMKO"], issues: "all" },
    ]);
  });

  it("lists only the kinds asked for, and nothing for a person without mandates", async () => {
    const client = createValtuudetClient(config);
    expect(await client.listPrincipals(TESSA, { persons: false, companies: true })).toHaveLength(1);
    expect(await client.listPrincipals("040265-9985", { persons: true, companies: true })).toEqual([]);
    expect(await client.listPrincipals(ANNA_LIISA, { persons: true, companies: false })).toEqual([
      {
        kind: "person",
        id: JONI,
        name: "Kivi Joni Kristian",
        role: "mandateHolder",
        issues: [SANDBOX_ISSUE_CODES.library],
      },
    ]);
  });

  it("checks one mandate: allowed, not held, or not covering the issue", async () => {
    const client = createValtuudetClient(config);
    const child = { kind: "person" as const, id: "150315A9985" };
    expect(await client.checkMandate(JONI, child, SANDBOX_ISSUE_CODES.daycare)).toEqual({
      isAllowed: true,
      reasons: [],
    });
    expect(await client.checkMandate(JONI, { kind: "company", id: "1912105-6" }, undefined)).toEqual({
      isAllowed: false,
      reasons: ["NO_MANDATE"],
    });
    // A company is not a person: the person endpoint does not confirm a company mandate.
    expect((await client.checkMandate(TESSA, { kind: "person", id: "1912105-6" }, undefined)).isAllowed).toBe(
      false,
    );
    expect(
      await client.checkMandate(ANNA_LIISA, { kind: "person", id: JONI }, SANDBOX_ISSUE_CODES.daycare),
    ).toEqual({ isAllowed: false, reasons: ["ISSUE_NOT_COVERED"] });
    expect(
      (await client.checkMandate(ANNA_LIISA, { kind: "person", id: JONI }, SANDBOX_ISSUE_CODES.library))
        .isAllowed,
    ).toBe(true);
  });

  it("refuses a request without a valid checksum", async () => {
    const wrongSecret = createValtuudetClient({ ...config, secret: "not-the-secret" });
    await expect(wrongSecret.listPrincipals(TESSA, { persons: true, companies: false })).rejects.toThrow(
      SuomifiPermanentError,
    );
    const stale = createValtuudetClient({ ...config, now: () => new Date(Date.now() - 10 * 60 * 1000) });
    await expect(stale.listPrincipals(TESSA, { persons: true, companies: false })).rejects.toMatchObject({
      status: 401,
    });
    const bare = await fetch(`${sandbox.url}/service/hpa/api/delegate/${TESSA}?requestId=x`);
    expect(bare.status).toBe(401);
  });

  it("reads renamed fields from configuration", async () => {
    // The sandbox speaks the defaults; a client configured for other names finds nothing it can read.
    const renamed = createValtuudetClient({
      ...config,
      fields: { ...DEFAULT_VALTUUDET_FIELDS, personId: "principalHetu" },
    });
    await expect(renamed.listPrincipals(TESSA, { persons: true, companies: false })).rejects.toThrow(
      /unexpected answer/,
    );
  });
});
