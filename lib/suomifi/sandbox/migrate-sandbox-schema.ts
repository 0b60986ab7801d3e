import type { Pool } from "pg";
import { SANDBOX_MIGRATIONS, SANDBOX_SCHEMA } from "./sandbox-migrations";

// Any constant works; it only has to be the same for every process that migrates this schema.
const ADVISORY_LOCK_KEY = 7_303_115_001;

/** Creates or upgrades the schema; safe to call from several processes at once. */
export async function migrateSandboxSchema(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${SANDBOX_SCHEMA}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${SANDBOX_SCHEMA}.schema_version (version integer NOT NULL)`,
    );
    const { rows } = await client.query<{ version: number }>(
      `SELECT coalesce(max(version), 0) AS version FROM ${SANDBOX_SCHEMA}.schema_version`,
    );
    const current = rows[0]?.version ?? 0;
    for (let index = current; index < SANDBOX_MIGRATIONS.length; index += 1) {
      await client.query("BEGIN");
      try {
        await client.query(SANDBOX_MIGRATIONS[index]!);
        await client.query(`INSERT INTO ${SANDBOX_SCHEMA}.schema_version (version) VALUES ($1)`, [index + 1]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}
