// A PostgreSQL session advisory lock on its own connection: held while `work` runs, released when it ends or
// when the process dies (the connection closes), so a killed worker never leaves a lock behind.
// If the lock's connection is lost while `work` runs (PostgreSQL restarted), the lock is gone and another worker
// may take it: `signal` is aborted then, and work should stop at its next step (`signal.throwIfAborted()`).
import "server-only";
import pg from "pg";
import { getDatabaseUrl } from "@/lib/db/database-url";

export class LockLostError extends Error {
  constructor(name: string) {
    super(`the advisory lock ${name} was lost with its database connection`);
    this.name = "LockLostError";
  }
}

export async function withAdvisoryLock<T>(
  name: string,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<{ isLocked: true; result: T } | { isLocked: false }> {
  const client = new pg.Client({ connectionString: getDatabaseUrl(), application_name: "lomake-lock" });
  const lost = new AbortController();
  // Without a listener a lost connection would be an uncaught error that kills the process.
  client.on("error", () => lost.abort(new LockLostError(name)));
  client.on("end", () => lost.abort(new LockLostError(name)));
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked",
      [name],
    );
    if (!rows[0]?.locked) return { isLocked: false };
    try {
      return { isLocked: true, result: await work(lost.signal) };
    } finally {
      if (!lost.signal.aborted) {
        await client
          .query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [name])
          .catch(() => undefined);
      }
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
