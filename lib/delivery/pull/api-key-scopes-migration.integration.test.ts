// The migration that gave keys explicit scopes: a key made before keeps what it could do (read and acknowledge)
// and is never widened to sending. Run on a copy of the old table shape in a schema of its own.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";

const MIGRATION = join(process.cwd(), "prisma/migrations/20261206214753_write_api_scopes/migration.sql");
const SCHEMA = `scopes_check_${Date.now()}`;

afterAll(async () => {
  await getPrisma().$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await disconnectPrisma();
});

describe("the write_api_scopes migration", () => {
  it("gives every existing key read and acknowledge, never send", async () => {
    const statements = readFileSync(MIGRATION, "utf8")
      .split(";")
      .map((statement) => statement.replace(/^\s*--.*$/gm, "").trim())
      .filter(Boolean);
    const rows = await getPrisma().$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`CREATE SCHEMA ${SCHEMA}`);
      await tx.$executeRawUnsafe(`SET LOCAL search_path TO ${SCHEMA}`);
      // The two tables the migration alters, as they were before it.
      await tx.$executeRawUnsafe(
        `CREATE TABLE api_key (id UUID PRIMARY KEY, name TEXT NOT NULL, scope TEXT NOT NULL DEFAULT 'submissions:read')`,
      );
      await tx.$executeRawUnsafe(`CREATE TABLE audit_event (id BIGSERIAL PRIMARY KEY)`);
      await tx.$executeRawUnsafe(
        `INSERT INTO api_key (id, name) VALUES ('00000000-0000-4000-8000-000000000001', 'Vanha arkisto')`,
      );
      for (const statement of statements) await tx.$executeRawUnsafe(statement);
      return tx.$queryRawUnsafe<{ name: string; scopes: string[] }[]>(`SELECT name, scopes FROM api_key`);
    });
    expect(rows).toEqual([{ name: "Vanha arkisto", scopes: ["submissions:read", "submissions:ack"] }]);
    const columns = await getPrisma().$queryRawUnsafe<{ column_name: string; is_nullable: string }[]>(
      `SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = '${SCHEMA}' AND table_name = 'api_key' ORDER BY column_name`,
    );
    expect(columns).toEqual([
      { column_name: "id", is_nullable: "NO" },
      { column_name: "name", is_nullable: "NO" },
      { column_name: "scopes", is_nullable: "NO" },
    ]);
  });
});
