import "server-only";
import pg from "pg";
import { getDatabaseUrl } from "@/lib/db/database-url";
import { pendingMigrations } from "@/lib/db/migration-files";

export type TReadiness = {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  migrations: "ok" | "pending" | "unknown";
  pendingMigrations?: string[];
};

/** Readiness: the database answers and every committed migration has been applied. */
export async function checkReadiness(): Promise<TReadiness> {
  const client = new pg.Client({ connectionString: getDatabaseUrl(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch {
    await client.end().catch(() => {});
    return { status: "unavailable", database: "unreachable", migrations: "unknown" };
  }
  try {
    const pending = await pendingMigrations(client);
    return pending.length
      ? { status: "unavailable", database: "ok", migrations: "pending", pendingMigrations: pending }
      : { status: "ok", database: "ok", migrations: "ok" };
  } finally {
    await client.end();
  }
}
