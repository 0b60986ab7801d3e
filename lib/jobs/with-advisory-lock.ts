// A PostgreSQL session advisory lock on its own connection: held while `work` runs, released when it ends or
// when the process dies (the connection closes), so a killed worker never leaves a lock behind.
import "server-only";
import pg from "pg";
import { getDatabaseUrl } from "@/lib/db/database-url";

export async function withAdvisoryLock<T>(
  name: string,
  work: () => Promise<T>,
): Promise<{ isLocked: true; result: T } | { isLocked: false }> {
  const client = new pg.Client({ connectionString: getDatabaseUrl(), application_name: "lomake-lock" });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked",
      [name],
    );
    if (!rows[0]?.locked) return { isLocked: false };
    try {
      return { isLocked: true, result: await work() };
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [name]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
