// PostgreSQL restarting (or an administrator terminating a session) while the sandbox holds a transaction open
// must fail that one request, not crash the process that hosts the sandbox: the web app in the default set-up.
import { afterAll, describe, expect, it } from "vitest";
import { createSandboxPool } from "./sandbox-pool";
import { inTransaction } from "./sandbox-message-store";

const databaseUrl = process.env.DATABASE_URL!;
const pool = createSandboxPool(databaseUrl);
afterAll(() => pool.end());

describe("the sandbox's connections when PostgreSQL goes away", () => {
  it("fails the transaction whose connection was terminated and goes on with a fresh one", async () => {
    const terminated = inTransaction(pool, async (client) => {
      const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      // Terminated between two statements: no query is running when the FATAL error arrives.
      await pool.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await client.query("SELECT 1");
    });
    await expect(terminated).rejects.toThrow();
    const { rows } = await inTransaction(pool, (client) => client.query<{ one: number }>("SELECT 1 AS one"));
    expect(rows).toEqual([{ one: 1 }]);
  });
});
