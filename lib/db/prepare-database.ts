import { getEnv } from "@/lib/env";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";

export type TPreparedDatabase = { databaseUrl: string; isEmbedded: boolean; stop(): Promise<void> };

/**
 * DATABASE_URL when set (production, or a developer's own server); otherwise the embedded PostgreSQL with its
 * data in a git-ignored folder. Either way the committed migrations are applied before anything else starts.
 */
export async function prepareDatabase(
  options: { databaseName?: string; onLog?: (line: string) => void } = {},
) {
  const env = getEnv();
  let prepared: TPreparedDatabase;
  if (env.DATABASE_URL) {
    prepared = { databaseUrl: env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  } else {
    const server = await startEmbeddedPostgres({
      dataDir: env.EMBEDDED_PG_DIR,
      port: env.EMBEDDED_PG_PORT,
      onLog: options.onLog,
    });
    const name = options.databaseName ?? "lomake";
    await ensureDatabase(server.baseUrl, name);
    prepared = { databaseUrl: server.databaseUrl(name), isEmbedded: true, stop: server.stop };
  }
  const applied = await migrateDatabase(prepared.databaseUrl);
  return { ...prepared, appliedMigrations: applied };
}
