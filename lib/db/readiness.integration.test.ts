import pg from "pg";
import { describe, expect, it } from "vitest";
import { checkReadiness } from "@/lib/db/check-readiness";
import { pendingMigrations } from "@/lib/db/migration-files";
import { migrateDatabase } from "@/lib/db/migrate";

describe("database readiness", () => {
  it("reports ok once every committed migration is applied, and migrating again changes nothing", async () => {
    expect(await checkReadiness()).toEqual({ status: "ok", database: "ok", migrations: "ok" });
    expect(await migrateDatabase(process.env.DATABASE_URL!)).toEqual([]);
  });

  it("lists committed migrations a database lacks", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query("DELETE FROM _prisma_migrations");
      expect((await pendingMigrations(client)).length).toBeGreaterThan(0);
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });
});
