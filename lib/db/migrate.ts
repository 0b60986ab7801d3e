// Applies the committed migrations in prisma/migrations to a database, recording them in _prisma_migrations
// as `prisma migrate deploy` does. The engine takes PostgreSQL advisory lock 72707369 itself, so several
// processes may start at once.
import { readMigrationList } from "@/lib/db/migration-files";
import { NO_FILTERS, withSchemaEngine } from "@/lib/db/schema-engine";

export async function migrateDatabase(databaseUrl: string): Promise<string[]> {
  return withSchemaEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrationList(), filters: NO_FILTERS });
    return result.appliedMigrationNames;
  });
}
