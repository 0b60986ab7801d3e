// Reads the sandbox's settings from lib/env (the only reader of process.env).
import { getEnv } from "@/lib/env";
import type { TStartSandboxOptions } from "./start-sandbox-server";

/** Fixed control secret for local development and tests only; any other environment must set its own. */
export const DEV_SANDBOX_CONTROL_SECRET = "lomake-dev-sandbox-control-secret";

export function sandboxOptionsFromEnv(): TStartSandboxOptions {
  const env = getEnv();
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL must be set for the Suomi.fi sandbox");
  const isDevelopment = (env.LOMAKE_ENV ?? env.NODE_ENV) === "development";
  const controlSecret =
    env.SUOMIFI_SANDBOX_CONTROL_SECRET ?? (isDevelopment ? DEV_SANDBOX_CONTROL_SECRET : undefined);
  if (!controlSecret) throw new Error("SUOMIFI_SANDBOX_CONTROL_SECRET must be set outside development");
  const publicUrl = new URL(env.SUOMIFI_SANDBOX_URL);
  return {
    port: env.SUOMIFI_SANDBOX_PORT,
    host: publicUrl.hostname.replace(/^\[|\]$/g, ""),
    publicUrl: env.SUOMIFI_SANDBOX_URL.replace(/\/+$/, ""),
    databaseUrl: env.DATABASE_URL,
    controlSecret,
    pageSize: env.SUOMIFI_SANDBOX_PAGE_SIZE,
    tokenTtlSeconds: env.SUOMIFI_SANDBOX_TOKEN_TTL_SECONDS,
  };
}
