// The sandbox's own connection pool (it speaks plain SQL to its schema, beside Prisma's pool of the app).
import { Pool } from "pg";

export function createSandboxPool(databaseUrl: string): Pool {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  pool.on("error", () => undefined);
  // A client checked out for a transaction has no pool listener: without its own, PostgreSQL going away between
  // two of its statements would be an uncaught error that takes the whole process (the web app) down.
  pool.on("connect", (client) => client.on("error", () => undefined));
  return pool;
}
