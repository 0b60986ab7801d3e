// The committed migrations as the schema engine reads them. No engine here: readiness checks use it cheaply.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import type pg from "pg";

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const SCHEMA_DIR = path.join(PRISMA_DIR, "schema");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");

export function readMigrationList(): MigrationList {
  const directories = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((directory) => ({
      path: directory,
      migrationFile: {
        path: "migration.sql",
        content: {
          tag: "ok",
          value: readFileSync(path.join(MIGRATIONS_DIR, directory, "migration.sql"), "utf8"),
        },
      },
    })),
  };
}

/** Names of committed migrations not yet applied (empty when the database is up to date). */
export async function pendingMigrations(client: Pick<pg.Client, "query">): Promise<string[]> {
  const committed = readMigrationList().migrationDirectories.map((directory) => directory.path);
  const exists = await client.query<{ name: string | null }>(
    "SELECT to_regclass('public._prisma_migrations') AS name",
  );
  if (!exists.rows[0]?.name) return committed;
  const applied = await client.query<{ migration_name: string }>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  const appliedNames = new Set(applied.rows.map((row) => row.migration_name));
  return committed.filter((name) => !appliedNames.has(name));
}
