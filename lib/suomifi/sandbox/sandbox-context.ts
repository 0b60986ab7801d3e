// Shared state of one sandbox process: the pool, the options and the settings kept in the sandbox's schema.
import type { Pool, PoolClient } from "pg";
import { ZPostProfile, SANDBOX_POST_PROFILE, type TPostProfile } from "../post-profile";

export type TSandboxSettings = {
  clockOffsetMs: number;
  pageSize: number;
  tokenTtlSeconds: number;
  isInMaintenance: boolean;
  postProfile: TPostProfile;
};

export type TSandboxSeed = {
  username: string;
  password: string;
  serviceId: string;
  serviceName: string;
  organisationId: string;
};

export type TSandboxContext = {
  pool: Pool;
  controlSecret: string;
  /** Public origin, e.g. http://127.0.0.1:3001; used for the default POST profile's action URL. */
  publicUrl: string;
  seed: TSandboxSeed;
  defaults: { pageSize: number; tokenTtlSeconds: number };
  /** Bodies above this are refused before parsing (the profile's limits are checked after). */
  maxBodyBytes: number;
  /** Registered return addresses (URL prefixes); see TStartSandboxOptions.returnUrlPrefixes. */
  returnUrlPrefixes: readonly string[];
};

export function defaultSettings(context: TSandboxContext): TSandboxSettings {
  return {
    clockOffsetMs: 0,
    pageSize: context.defaults.pageSize,
    tokenTtlSeconds: context.defaults.tokenTtlSeconds,
    isInMaintenance: false,
    postProfile: SANDBOX_POST_PROFILE(context.publicUrl),
  };
}

type TQueryable = Pick<Pool | PoolClient, "query">;

export async function getSettings(
  context: TSandboxContext,
  db: TQueryable = context.pool,
): Promise<TSandboxSettings> {
  const { rows } = await db.query<{ key: string; value: unknown }>(
    "SELECT key, value FROM suomifi_sandbox.settings",
  );
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  const defaults = defaultSettings(context);
  const profile = ZPostProfile.safeParse(stored.postProfile);
  return {
    clockOffsetMs: typeof stored.clockOffsetMs === "number" ? stored.clockOffsetMs : defaults.clockOffsetMs,
    pageSize: typeof stored.pageSize === "number" ? stored.pageSize : defaults.pageSize,
    tokenTtlSeconds:
      typeof stored.tokenTtlSeconds === "number" ? stored.tokenTtlSeconds : defaults.tokenTtlSeconds,
    isInMaintenance: stored.isInMaintenance === true,
    postProfile: profile.success ? profile.data : defaults.postProfile,
  };
}

export async function setSetting<K extends keyof TSandboxSettings>(
  context: TSandboxContext,
  key: K,
  value: TSandboxSettings[K],
): Promise<void> {
  await context.pool.query(
    `INSERT INTO suomifi_sandbox.settings (key, value) VALUES ($1, $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [key, JSON.stringify(value)],
  );
}

/** The sandbox's own clock: real time plus an offset moved forward through the control API. */
export async function sandboxNow(context: TSandboxContext, db: TQueryable = context.pool): Promise<Date> {
  const { rows } = await db.query<{ value: unknown }>(
    "SELECT value FROM suomifi_sandbox.settings WHERE key = 'clockOffsetMs'",
  );
  const offset = typeof rows[0]?.value === "number" ? rows[0].value : 0;
  return new Date(Date.now() + offset);
}

export const RETENTION_MS = 60 * 24 * 60 * 60 * 1000;
export const UPLOAD_EXPIRY_MS = 24 * 60 * 60 * 1000;
export const PENDING_POST_TTL_MS = 30 * 60 * 1000;
