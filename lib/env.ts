// The only module that reads process.env. Every variable is validated here and documented in the README.
import { z } from "zod";

const ZBooleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((value) => value === "1" || value === "true" || value === "yes");

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** "development" or "test" or "production"; production switches off demo conveniences and refuses the sandbox. */
  LOMAKE_ENV: z.enum(["development", "test", "production"]).optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  /** Public base URL of the app, used in links sent by e-mail and in return addresses. */
  APP_URL: z.url().optional(),
  /** PostgreSQL connection string. When unset, an embedded PostgreSQL is started for development. */
  DATABASE_URL: z.string().min(1).optional(),
  /** Folder of the embedded PostgreSQL's data. */
  EMBEDDED_PG_DIR: z.string().default(".data/postgres"),
  EMBEDDED_PG_PORT: z.coerce.number().int().positive().default(54329),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.url().optional(),
  /** Encryption keys: "id1:base64key,id2:base64key"; the first is used for new values. */
  LOMAKE_ENCRYPTION_KEYS: z.string().optional(),
  /** Or a file holding the same, one "id:base64key" per line. */
  LOMAKE_ENCRYPTION_KEY_FILE: z.string().optional(),
  /** Key for keyed hashes (HMAC) of searchable sensitive values such as a henkilötunnus; base64. */
  LOMAKE_HASH_KEY: z.string().optional(),
  /** Shifts lib/clock.ts by this many milliseconds (e2e tests of expiry); ignored in production. */
  LOMAKE_CLOCK_OFFSET_MS: z.coerce.number().int().optional(),
  /** Fault-injection tests: "point:n" SIGKILLs the process at the n-th pass of a fault point; ignored in production. */
  LOMAKE_FAULT_KILL_AT: z
    .string()
    .regex(/^[a-z-]+:\d+$/)
    .optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("Single sign-on"),
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default("Lomake <no-reply@lomake.invalid>"),
  /** Password for `npm run user:create` when not typed at the prompt. */
  LOMAKE_NEW_USER_PASSWORD: z.string().optional(),
  /** ClamAV's clamd: tcp://host:3310 or unix:/path/to/clamd.ctl. Unset: production refuses uploads. */
  CLAMAV_URL: z
    .string()
    .regex(/^(tcp:\/\/|unix:)/, "tcp://host:port or unix:/path")
    .optional(),
  CLAMAV_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Refuse uploads when no scanner is configured, also outside production. */
  CLAMAV_REQUIRED: ZBooleanFlag,
  /** Print the demo owner's password on first start (never in production). */
  SHOW_DEMO_CREDENTIALS: ZBooleanFlag,
  /** Suomi.fi Messages sandbox: port, public URL, control-API secret (required outside development), events page size, token lifetime. */
  SUOMIFI_SANDBOX_PORT: z.coerce.number().int().min(0).default(3001),
  SUOMIFI_SANDBOX_URL: z.url().default("http://127.0.0.1:3001"),
  SUOMIFI_SANDBOX_CONTROL_SECRET: z.string().min(16).optional(),
  /** Return addresses registered for the sandbox's services (URL prefixes, comma-separated). */
  SUOMIFI_SANDBOX_RETURN_URLS: z.string().optional(),
  SUOMIFI_SANDBOX_PAGE_SIZE: z.coerce.number().int().positive().default(1000),
  SUOMIFI_SANDBOX_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(3600),
  /** Timeout of each call to the Suomi.fi Messages REST API. */
  SUOMIFI_REST_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  /** Retrieval job: minutes between polls of GET /v2/events per connection (1–5; never less often than every 5 minutes). */
  RETRIEVAL_POLL_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(5).default(2),
  /** Retrieval job: seconds between polls instead of minutes (1–300), for tests and demos that cannot wait. */
  RETRIEVAL_POLL_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(300).optional(),
  /** Worker: seconds between looks for due webhook deliveries and retries (1–60). */
  DELIVERY_DISPATCH_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(60).default(60),
  /** Webhook deliveries: hours of retries before a delivery is dead-lettered (at least 72). */
  DELIVERY_RETRY_HOURS: z.coerce.number().int().min(72).default(72),
  /** Webhook deliveries: timeout of one attempt. */
  DELIVERY_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  /** Lifetime of the signed attachment links in webhook payloads. */
  DELIVERY_LINK_TTL_HOURS: z.coerce.number().int().positive().default(72),
  /** Suomi.fi Identification: the IdP's metadata (default outside production: the sandbox IdP's). */
  SUOMIFI_IDP_METADATA_URL: z.url().optional(),
  /** Expected IdP entityID; default: the one in its metadata. */
  SUOMIFI_IDP_ENTITY_ID: z.string().min(1).optional(),
  /** Lomake's SAML entityID; default: APP_URL + /saml/metadata. */
  SAML_SP_ENTITY_ID: z.string().min(1).optional(),
  /** PEM files of the SP's signing and encryption key pairs (development: generated into .data/saml-sp.json). */
  SAML_SP_SIGNING_KEY_FILE: z.string().optional(),
  SAML_SP_SIGNING_CERT_FILE: z.string().optional(),
  SAML_SP_ENCRYPTION_KEY_FILE: z.string().optional(),
  SAML_SP_ENCRYPTION_CERT_FILE: z.string().optional(),
  /** Request Suomi.fi's test identification method (only in DVV's test environment); default on outside production. */
  SUOMIFI_IDENTIFICATION_TEST_METHOD: z.enum(["1", "0", "true", "false", "yes", "no", ""]).optional(),
  /** SP metadata entity attribute VtjVerificationRequired. */
  SUOMIFI_IDENTIFICATION_VTJ_REQUIRED: z.enum(["1", "0", "true", "false", "yes", "no", ""]).optional(),
  /** JSON object overriding attribute names (OIDs) per Lomake attribute key, e.g. {"henkilotunnus":"urn:oid:1.2.246.21"}. */
  SUOMIFI_IDENTIFICATION_ATTRIBUTES: z.string().optional(),
  /** Suomi.fi Valtuudet (acting for a person or a company); default outside production: the sandbox's emulation. */
  SUOMIFI_VALTUUDET_URL: z.url().optional(),
  /** The e-service's client id and checksum secret in Valtuudet (default outside production: the sandbox's). */
  SUOMIFI_VALTUUDET_CLIENT_ID: z.string().min(1).optional(),
  SUOMIFI_VALTUUDET_CLIENT_SECRET: z.string().min(1).optional(),
  /** JSON { paths?, fields?, codes? } overriding the unconfirmed details of the interface (lib/suomifi/valtuudet-contract.ts). */
  SUOMIFI_VALTUUDET_API: z.string().optional(),
  /** Lifetime of an identified person's Lomake session. */
  IDENTIFICATION_SESSION_MINUTES: z.coerce.number().int().min(5).max(240).default(30),
  /** Reverse proxies (CIDRs) whose X-Forwarded-For is believed, right-most untrusted rule; none: the socket address. */
  TRUSTED_PROXIES: z.string().optional(),
  /** Address the web process listens on; loopback by default outside production. */
  LOMAKE_LISTEN_HOST: z.string().optional(),
  /** Internal networks (CIDRs) organisations may choose among for webhook targets; operator-set. */
  LOMAKE_INTERNAL_NETWORKS: z.string().optional(),
  /** Internal networks (CIDRs) the Suomi.fi REST address may resolve to, e.g. an egress proxy; loopback outside production. */
  SUOMIFI_REST_INTERNAL_NETWORKS: z.string().optional(),
  /** Jobs of one queue a worker process runs at the same time. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  /** Stall warnings: minutes without a retrieval while events wait, or without a successful poll (1–1440). */
  RETRIEVAL_STALL_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  /** Bearer token of GET /api/metrics (Prometheus); the endpoint answers 404 without it. At least 24 characters. */
  METRICS_TOKEN: z.string().min(24).optional(),
  /** Retention: days a citizen message that matched no submission is kept (contents and sender). */
  RETENTION_UNMATCHED_DAYS: z.coerce.number().int().min(1).default(90),
  /** Retention: days audit events (who, from which address) are kept. */
  RETENTION_AUDIT_DAYS: z.coerce.number().int().min(30).default(730),
});

export type TEnv = z.infer<typeof ZEnv> & { isProduction: boolean };

let cached: TEnv | undefined;

export function getEnv(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  const env = parsed.data;
  const isProduction = (env.LOMAKE_ENV ?? env.NODE_ENV) === "production";
  cached = { ...env, isProduction };
  return cached;
}

/** Tests change the environment between cases; they call this to re-read it. */
export function resetEnvCache(): void {
  cached = undefined;
}

/** Environment for a child process the runner starts: this process's environment plus overrides. */
export function childProcessEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/** NODE_OPTIONS for a child process: this process's, plus one more option. */
export function nodeOptionsWith(option: string): string {
  return [process.env.NODE_OPTIONS, option].filter(Boolean).join(" ");
}

/** Sets variables for this process (the runner does, before it starts the app's processes) and re-reads them. */
export function overrideEnv(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvCache();
}
