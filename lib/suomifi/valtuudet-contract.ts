// The Suomi.fi Valtuudet (e-Authorizations) interface as Lomake and its sandbox speak it. Modelled on DVV's
// published example client (vrk-kpa/roles-auths-web-api-node-client): HPA = acting for a person, YPA = acting
// for a company, and the X-AsiointivaltuudetAuthorization checksum header. Unconfirmed: the server-to-server
// paths (the real Web API goes through a browser selection and a session id), the field names, the role and
// issue codes — all of them are configuration (SUOMIFI_VALTUUDET_API), these are only the defaults.
import { createHmac, timingSafeEqual } from "node:crypto";

export const VALTUUDET_AUTHORIZATION_HEADER = "x-asiointivaltuudetauthorization";

export type TValtuudetPaths = {
  /** Persons the delegate may act for: {delegateId}. */
  personPrincipals: string;
  /** Companies the delegate represents, with their roles: {delegateId}. */
  companyPrincipals: string;
  /** One mandate for a person, for an issue (?issue=): {delegateId}, {principalId}. */
  personAuthorization: string;
  /** One mandate for a company, for an issue (?issue=): {delegateId}, {principalId}. */
  companyAuthorization: string;
};

export const DEFAULT_VALTUUDET_PATHS: TValtuudetPaths = {
  personPrincipals: "/service/hpa/api/delegate/{delegateId}",
  companyPrincipals: "/service/ypa/api/organizationRoles/{delegateId}",
  personAuthorization: "/service/hpa/api/authorization/{delegateId}/{principalId}",
  companyAuthorization: "/service/ypa/api/authorization/{delegateId}/{principalId}",
};

export type TValtuudetFields = {
  personId: string;
  personName: string;
  /** The delegate's relation to a person: guardian (huoltaja) or a mandate holder. */
  personRole: string;
  issues: string;
  companyId: string;
  companyName: string;
  companyRoles: string;
  result: string;
};

export const DEFAULT_VALTUUDET_FIELDS: TValtuudetFields = {
  personId: "personId",
  personName: "name",
  personRole: "role",
  issues: "issues",
  companyId: "identifier",
  companyName: "name",
  companyRoles: "roles",
  result: "result",
};

export type TValtuudetCodes = {
  /** Value of `result` that allows acting. */
  allowed: string;
  /** personRole values. */
  guardian: string;
  mandateHolder: string;
  /** An issue list entry meaning "every matter" (a guardian, a representative with signing rights). */
  allIssues: string;
};

export const DEFAULT_VALTUUDET_CODES: TValtuudetCodes = {
  allowed: "ALLOWED",
  guardian: "HUOLTAJA",
  mandateHolder: "VALTUUTETTU",
  allIssues: "*",
};

export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ""));
}

function checksum(secret: string, pathWithQuery: string, timestamp: string): string {
  return createHmac("sha256", secret).update(`${pathWithQuery} ${timestamp}`).digest("base64");
}

/** "clientId timestamp checksum": HMAC-SHA256 over the path with its query, a space and the timestamp. */
export function signValtuudetRequest(
  clientId: string,
  secret: string,
  pathWithQuery: string,
  at: Date,
): string {
  const timestamp = at.toISOString();
  return `${clientId} ${timestamp} ${checksum(secret, pathWithQuery, timestamp)}`;
}

/** The client id when the header is valid for this path and no more than maxSkewMs old or early. */
export function verifyValtuudetRequest(
  header: string | undefined,
  secrets: Record<string, string>,
  pathWithQuery: string,
  at: Date,
  maxSkewMs = 5 * 60 * 1000,
): string | undefined {
  const [clientId, timestamp, given, ...rest] = (header ?? "").split(" ");
  if (!clientId || !timestamp || !given || rest.length > 0) return undefined;
  const secret = secrets[clientId];
  const time = Date.parse(timestamp);
  if (!secret || !Number.isFinite(time) || Math.abs(at.getTime() - time) > maxSkewMs) return undefined;
  const expected = Buffer.from(checksum(secret, pathWithQuery, timestamp));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? clientId : undefined;
}

/** The sandbox's one registered e-service (development and tests only). */
export const SANDBOX_VALTUUDET_CLIENT = {
  clientId: "lomake-sandbox",
  secret: "lomake-dev-valtuudet-client-secret",
} as const;
