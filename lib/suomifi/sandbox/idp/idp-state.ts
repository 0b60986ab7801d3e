// The IdP's run-time state in the sandbox schema: which key signs, injected assertion faults, SSO sessions.
import { randomBytes } from "node:crypto";
import type { PoolClient } from "pg";
import type { TSandboxContext } from "../sandbox-context";
import { ASSERTION_FAULTS, type TAssertionFault } from "./build-saml-response";
import type { TIdpKeyId } from "./idp-keys";

type TQueryable = Pick<PoolClient, "query">;

export const IDP_SESSION_COOKIE = "suomifi_idp_session";
export const IDP_SESSION_TTL_MS = 60 * 60 * 1000;
export const AUTHN_REQUEST_TTL_MS = 30 * 60 * 1000;

async function readSetting(context: TSandboxContext, key: string): Promise<unknown> {
  const { rows } = await context.pool.query<{ value: unknown }>(
    "SELECT value FROM suomifi_sandbox.settings WHERE key = $1",
    [key],
  );
  return rows[0]?.value;
}

async function writeSetting(context: TSandboxContext, key: string, value: unknown): Promise<void> {
  await context.pool.query(
    `INSERT INTO suomifi_sandbox.settings (key, value) VALUES ($1, $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [key, JSON.stringify(value)],
  );
}

export async function getSigningKeyId(context: TSandboxContext): Promise<TIdpKeyId> {
  return (await readSetting(context, "idpSigningKey")) === "b" ? "b" : "a";
}

export async function setSigningKeyId(context: TSandboxContext, keyId: TIdpKeyId): Promise<void> {
  await writeSetting(context, "idpSigningKey", keyId);
}

export async function setAssertionFault(
  context: TSandboxContext,
  fault: TAssertionFault | null,
  times = 1,
): Promise<void> {
  await writeSetting(context, "idpFault", fault ? { fault, remaining: times } : null);
}

/** Takes one use of the injected fault, if any. */
export async function takeAssertionFault(context: TSandboxContext): Promise<TAssertionFault | undefined> {
  const stored = (await readSetting(context, "idpFault")) as { fault?: string; remaining?: number } | null;
  if (!stored?.fault || !ASSERTION_FAULTS.includes(stored.fault as TAssertionFault)) return undefined;
  const remaining = (stored.remaining ?? 1) - 1;
  await writeSetting(context, "idpFault", remaining > 0 ? { ...stored, remaining } : null);
  return stored.fault as TAssertionFault;
}

export type TIdpSession = { id: string; personId: string; authnContext: string };

export async function findIdpSession(
  context: TSandboxContext,
  id: string | undefined,
  now: Date,
): Promise<TIdpSession | undefined> {
  if (!id) return undefined;
  const { rows } = await context.pool.query<{ id: string; person_id: string; authn_context: string }>(
    "SELECT id, person_id, authn_context FROM suomifi_sandbox.idp_sessions WHERE id = $1 AND expires_at > $2",
    [id, now],
  );
  return rows[0]
    ? { id: rows[0].id, personId: rows[0].person_id, authnContext: rows[0].authn_context }
    : undefined;
}

export async function createIdpSession(
  db: TQueryable,
  personId: string,
  authnContext: string,
  now: Date,
): Promise<TIdpSession> {
  const id = randomBytes(24).toString("base64url");
  await db.query(
    "INSERT INTO suomifi_sandbox.idp_sessions (id, person_id, authn_context, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    [id, personId, authnContext, now, new Date(now.getTime() + IDP_SESSION_TTL_MS)],
  );
  return { id, personId, authnContext };
}

/** The SP's place in the SSO session: a fresh transient NameID and SessionIndex for each SP login. */
export async function joinIdpSession(
  db: TQueryable,
  sessionId: string,
  spEntityId: string,
): Promise<{ nameId: string; sessionIndex: string }> {
  const nameId = `AAdzZWNyZXQx${randomBytes(24).toString("base64url")}`;
  const sessionIndex = `_${randomBytes(16).toString("hex")}`;
  await db.query(
    `INSERT INTO suomifi_sandbox.idp_session_participants (session_id, sp_entity_id, name_id, session_index)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (session_id, sp_entity_id) DO UPDATE SET name_id = excluded.name_id, session_index = excluded.session_index`,
    [sessionId, spEntityId, nameId, sessionIndex],
  );
  return { nameId, sessionIndex };
}

export type TParticipant = { sessionId: string; spEntityId: string; nameId: string; sessionIndex: string };

export async function sessionParticipants(
  context: TSandboxContext,
  sessionId: string,
): Promise<TParticipant[]> {
  const { rows } = await context.pool.query<{
    session_id: string;
    sp_entity_id: string;
    name_id: string;
    session_index: string;
  }>(
    "SELECT session_id, sp_entity_id, name_id, session_index FROM suomifi_sandbox.idp_session_participants WHERE session_id = $1 ORDER BY sp_entity_id",
    [sessionId],
  );
  return rows.map((row) => ({
    sessionId: row.session_id,
    spEntityId: row.sp_entity_id,
    nameId: row.name_id,
    sessionIndex: row.session_index,
  }));
}

export async function findParticipant(
  context: TSandboxContext,
  spEntityId: string,
  nameId: string,
  sessionIndex: string | undefined,
): Promise<TParticipant | undefined> {
  const { rows } = await context.pool.query<{ session_id: string }>(
    `SELECT session_id FROM suomifi_sandbox.idp_session_participants
     WHERE sp_entity_id = $1 AND name_id = $2 AND ($3::text IS NULL OR session_index = $3)`,
    [spEntityId, nameId, sessionIndex ?? null],
  );
  return rows[0]
    ? { sessionId: rows[0].session_id, spEntityId, nameId, sessionIndex: sessionIndex ?? "" }
    : undefined;
}

export async function endIdpSession(context: TSandboxContext, sessionId: string): Promise<void> {
  await context.pool.query("DELETE FROM suomifi_sandbox.idp_sessions WHERE id = $1", [sessionId]);
}

export function readCookieHeader(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}
