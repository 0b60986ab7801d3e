// Vitest global setup for integration tests: a real PostgreSQL (the embedded one, or TEST_DATABASE_URL's server),
// a fresh database per run with every migration applied. Tests read process.env.DATABASE_URL.
import type { TestProject } from "vitest/node";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";
import { TEST_PORT_OFFSET } from "@/lib/testing/test-port-offset";
import pg from "pg";

async function hasOtherTestDatabases(baseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    const result = await client.query("SELECT 1 FROM pg_database WHERE datname LIKE 'lomake_test_%'");
    return (result.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  const server = external
    ? null
    : await startEmbeddedPostgres({ dataDir: ".data/test-postgres", port: 54339 + TEST_PORT_OFFSET });
  const baseUrl = external ?? server!.baseUrl;
  const name = `lomake_test_${process.pid}`;
  await dropDatabase(baseUrl, name);
  await ensureDatabase(baseUrl, name);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await migrateDatabase(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  project.provide("databaseUrl", databaseUrl);
  return async () => {
    await dropDatabase(baseUrl, name).catch(() => {});
    // Another test run on this machine may share the server: leave it running while its database exists.
    if (server?.isOwner && !(await hasOtherTestDatabases(baseUrl))) await server.stop();
  };
}
