// Creates a new migration from the difference between the schema the committed migrations produce and
// prisma/schema. The engine's shadow-database diff cannot describe PostgreSQL 18 catalogs in its Wasm build,
// so the previous state is kept as a snapshot of the schema files beside the migrations
// (prisma/migrations/schema-snapshot.prisma), updated together with each new migration.
// Usage: npm run db:migration -- --name add_forms
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { MIGRATIONS_DIR } from "@/lib/db/migration-files";
import { NO_FILTERS, readSchemaFiles, withSchemaEngine } from "@/lib/db/schema-engine";
import { SNAPSHOT_PATH, snapshotOfSchema } from "@/lib/db/schema-snapshot";
import { withScratchDatabase } from "@/lib/db/scratch-database";

const { values } = parseArgs({ options: { name: { type: "string" } } });
if (!values.name || !/^[a-z0-9_]+$/.test(values.name)) {
  console.error("Usage: npm run db:migration -- --name snake_case_name");
  process.exit(1);
}

const current = readSchemaFiles();
const previous = existsSync(SNAPSHOT_PATH) ? readFileSync(SNAPSHOT_PATH, "utf8") : null;

await withScratchDatabase(async (scratchUrl) => {
  const sql = await withSchemaEngine(scratchUrl, async (engine) => {
    const diff = await engine.diff({
      from: previous
        ? { tag: "schemaDatamodel", files: [{ path: SNAPSHOT_PATH, content: previous }] }
        : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: current },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return diff.stdout ?? "";
  });
  if (!sql.trim() || sql.includes("This is an empty migration")) {
    console.log("No changes: prisma/schema matches the committed migrations.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const directory = path.join(MIGRATIONS_DIR, `${stamp}_${values.name}`);
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, "migration.sql"), sql);
  writeFileSync(SNAPSHOT_PATH, snapshotOfSchema(current));
  console.log(
    `Created ${path.relative(process.cwd(), directory)}/migration.sql and updated the schema snapshot.`,
  );
});
