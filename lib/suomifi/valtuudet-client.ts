// Lomake's client of Suomi.fi Valtuudet (lib/suomifi/valtuudet-contract.ts): whom a person may act for, and
// whether one mandate covers one issue. Field names and paths come from configuration; zod at the boundary.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { SuomifiPermanentError, SuomifiRetryableError, isRetryableStatus } from "./errors";
import {
  DEFAULT_VALTUUDET_CODES,
  DEFAULT_VALTUUDET_FIELDS,
  DEFAULT_VALTUUDET_PATHS,
  fillPath,
  SANDBOX_VALTUUDET_CLIENT,
  signValtuudetRequest,
  type TValtuudetCodes,
  type TValtuudetFields,
  type TValtuudetPaths,
} from "./valtuudet-contract";

export type TMandateIssues = readonly string[] | "all";

export type TPrincipal =
  | { kind: "person"; id: string; name: string; role: "guardian" | "mandateHolder"; issues: TMandateIssues }
  | { kind: "company"; id: string; name: string; roles: string[]; issues: TMandateIssues };

export type TMandateCheck = { isAllowed: boolean; reasons: string[] };

export type TValtuudetConfig = {
  baseUrl: string;
  clientId: string;
  secret: string;
  paths: TValtuudetPaths;
  fields: TValtuudetFields;
  codes: TValtuudetCodes;
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => Date;
};

const ZOverrides = z
  .object({
    paths: z.record(z.string(), z.string().startsWith("/")).optional(),
    fields: z.record(z.string(), z.string().min(1)).optional(),
    codes: z.record(z.string(), z.string().min(1)).optional(),
  })
  .strict();

/** Undefined when Valtuudet is not configured (production without SUOMIFI_VALTUUDET_URL): filing for others is off. */
export function getValtuudetConfig(): TValtuudetConfig | undefined {
  const env = getEnv();
  const baseUrl = env.SUOMIFI_VALTUUDET_URL ?? (env.isProduction ? undefined : env.SUOMIFI_SANDBOX_URL);
  if (!baseUrl) return undefined;
  const clientId =
    env.SUOMIFI_VALTUUDET_CLIENT_ID ?? (env.isProduction ? undefined : SANDBOX_VALTUUDET_CLIENT.clientId);
  const secret =
    env.SUOMIFI_VALTUUDET_CLIENT_SECRET ?? (env.isProduction ? undefined : SANDBOX_VALTUUDET_CLIENT.secret);
  if (!clientId || !secret)
    throw new Error("SUOMIFI_VALTUUDET_CLIENT_ID and SUOMIFI_VALTUUDET_CLIENT_SECRET must be set");
  const overrides = env.SUOMIFI_VALTUUDET_API ? ZOverrides.parse(JSON.parse(env.SUOMIFI_VALTUUDET_API)) : {};
  return {
    baseUrl: baseUrl.replace(/\/+$/, ""),
    clientId,
    secret,
    paths: { ...DEFAULT_VALTUUDET_PATHS, ...pick(overrides.paths, DEFAULT_VALTUUDET_PATHS) },
    fields: { ...DEFAULT_VALTUUDET_FIELDS, ...pick(overrides.fields, DEFAULT_VALTUUDET_FIELDS) },
    codes: { ...DEFAULT_VALTUUDET_CODES, ...pick(overrides.codes, DEFAULT_VALTUUDET_CODES) },
  };
}

function pick<T extends object>(values: Record<string, string> | undefined, known: T): Partial<T> {
  if (!values) return {};
  for (const key of Object.keys(values))
    if (!(key in known)) throw new Error(`SUOMIFI_VALTUUDET_API: unknown key ${key}`);
  return values as Partial<T>;
}

const ZRecords = z.array(z.record(z.string(), z.unknown()));
const ZText = z.string().min(1).max(400);
const ZList = z.array(z.string()).default([]);

export function createValtuudetClient(config: TValtuudetConfig) {
  const fetchImpl = config.fetch ?? fetch;
  const now = config.now ?? (() => new Date());
  const { fields, codes } = config;

  async function get(endpoint: keyof TValtuudetPaths, values: Record<string, string>, query = {}) {
    const search = new URLSearchParams({ ...query, requestId: randomUUID() });
    const path = `${fillPath(config.paths[endpoint], values)}?${search.toString()}`;
    let response: Response;
    try {
      response = await fetchImpl(`${config.baseUrl}${path}`, {
        headers: {
          accept: "application/json",
          "X-AsiointivaltuudetAuthorization": signValtuudetRequest(
            config.clientId,
            config.secret,
            path,
            now(),
          ),
        },
        signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
        redirect: "error",
      });
    } catch (cause) {
      throw new SuomifiRetryableError("Suomi.fi Valtuudet could not be reached", { endpoint, cause });
    }
    if (!response.ok) {
      await response.body?.cancel();
      const details = { endpoint, status: response.status };
      throw isRetryableStatus(response.status)
        ? new SuomifiRetryableError(`Suomi.fi Valtuudet answered ${response.status}`, details)
        : new SuomifiPermanentError(`Suomi.fi Valtuudet answered ${response.status}`, details);
    }
    try {
      return (await response.json()) as unknown;
    } catch (cause) {
      throw new SuomifiPermanentError("Suomi.fi Valtuudet sent no JSON", { endpoint, cause });
    }
  }

  const issuesOf = (value: unknown): TMandateIssues => {
    const list = ZList.parse(value ?? []);
    return list.includes(codes.allIssues) ? "all" : list;
  };

  function parse<T>(endpoint: string, run: () => T): T {
    try {
      return run();
    } catch (cause) {
      throw new SuomifiPermanentError("Suomi.fi Valtuudet sent an unexpected answer", { endpoint, cause });
    }
  }

  return {
    /** Persons and companies the delegate (a henkilötunnus) may act for, as Valtuudet lists them. */
    async listPrincipals(delegateId: string, kinds: { persons: boolean; companies: boolean }) {
      const principals: TPrincipal[] = [];
      if (kinds.persons) {
        const body = await get("personPrincipals", { delegateId });
        principals.push(
          ...parse("personPrincipals", () =>
            ZRecords.parse(body).map((record): TPrincipal => ({
              kind: "person",
              id: ZText.parse(record[fields.personId]),
              name: ZText.parse(record[fields.personName]),
              role: record[fields.personRole] === codes.guardian ? "guardian" : "mandateHolder",
              issues: issuesOf(record[fields.issues]),
            })),
          ),
        );
      }
      if (kinds.companies) {
        const body = await get("companyPrincipals", { delegateId });
        principals.push(
          ...parse("companyPrincipals", () =>
            ZRecords.parse(body).map((record): TPrincipal => ({
              kind: "company",
              id: ZText.parse(record[fields.companyId]),
              name: ZText.parse(record[fields.companyName]),
              roles: ZList.parse(record[fields.companyRoles] ?? []),
              issues: issuesOf(record[fields.issues]),
            })),
          ),
        );
      }
      return principals;
    },

    /** Whether the delegate may act for this principal in this issue (none: any mandate at all). */
    async checkMandate(
      delegateId: string,
      principal: { kind: "person" | "company"; id: string },
      issue: string | undefined,
    ): Promise<TMandateCheck> {
      const endpoint = principal.kind === "person" ? "personAuthorization" : "companyAuthorization";
      const body = await get(endpoint, { delegateId, principalId: principal.id }, issue ? { issue } : {});
      return parse(endpoint, () => {
        const record = z.record(z.string(), z.unknown()).parse(body);
        return {
          isAllowed: record[fields.result] === codes.allowed,
          reasons: ZList.parse(record.reasons ?? []),
        };
      });
    },
  };
}

export type TValtuudetClient = ReturnType<typeof createValtuudetClient>;
