// Starts the Suomi.fi Messages sandbox: its own node:http server, its own PostgreSQL schema.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getEnv } from "@/lib/env";
import { migrateSandboxSchema } from "./migrate-sandbox-schema";
import { resetSandbox, seedSandboxIfEmpty } from "./reset-sandbox";
import { createSandboxPool } from "./sandbox-pool";
import type { TSandboxContext, TSandboxSeed } from "./sandbox-context";
import { routeSandboxRequest } from "./sandbox-router";

export type TStartSandboxOptions = {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  databaseUrl: string;
  controlSecret: string;
  /** Public origin used in the default POST profile; defaults to http://<host>:<port>. */
  publicUrl?: string;
  /** Password of the seeded system user `lomake-demo`. */
  seedPassword?: string;
  seed?: Partial<TSandboxSeed>;
  pageSize?: number;
  tokenTtlSeconds?: number;
  /** Empty the schema on start (tests). */
  shouldReset?: boolean;
  /**
   * Return addresses registered for the services, as URL prefixes (origin and path); a post whose return
   * address matches none is refused, as the real service is expected to. Default: Lomake's citizen pages
   * (SUOMIFI_SANDBOX_RETURN_URLS, else APP_URL or localhost on PORT, followed by /f/).
   */
  returnUrlPrefixes?: readonly string[];
};

export function defaultReturnUrlPrefixes(): string[] {
  const env = getEnv();
  if (env.SUOMIFI_SANDBOX_RETURN_URLS)
    return env.SUOMIFI_SANDBOX_RETURN_URLS.split(",")
      .map((item) => item.trim())
      .filter(Boolean);
  const appUrl = (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
  return [`${appUrl}/f/`, `http://127.0.0.1:${env.PORT}/f/`];
}

export const DEFAULT_SANDBOX_PASSWORD = "Lomake-demo-password-0000-sandbox!";

export async function startSandboxServer(
  options: TStartSandboxOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  if (getEnv().isProduction)
    throw new Error("The Suomi.fi sandbox refuses to start when the app is configured for production");
  if (options.controlSecret.length < 16)
    throw new Error("The sandbox control secret must have at least 16 characters");
  const host = options.host ?? "127.0.0.1";
  const pool = createSandboxPool(options.databaseUrl);
  try {
    await migrateSandboxSchema(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const context: TSandboxContext = {
    pool,
    controlSecret: options.controlSecret,
    publicUrl: "",
    seed: {
      username: "lomake-demo",
      password: options.seedPassword ?? DEFAULT_SANDBOX_PASSWORD,
      serviceId: "lomake-demo-service",
      serviceName: "Lomake demo",
      organisationId: "lomake-demo-org",
      ...options.seed,
    },
    defaults: { pageSize: options.pageSize ?? 1000, tokenTtlSeconds: options.tokenTtlSeconds ?? 3600 },
    // Attachments may total 10 MB; leave room so an over-limit post gets the proper error page.
    maxBodyBytes: 25 * 1024 * 1024,
    returnUrlPrefixes: options.returnUrlPrefixes ?? defaultReturnUrlPrefixes(),
  };
  const server = createServer((req, res) => {
    routeSandboxRequest(context, req, res).catch((error: unknown) => {
      console.error(
        JSON.stringify({
          level: "error",
          message: "Sandbox request failed",
          path: req.url?.split("?")[0],
          error: String(error),
        }),
      );
      if (!res.headersSent) {
        res.writeHead(500, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ reason: "Internal sandbox error" }));
      } else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  context.publicUrl = options.publicUrl ?? url;
  if (options.shouldReset) await resetSandbox(context);
  else await seedSandboxIfEmpty(context);
  return {
    url,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
