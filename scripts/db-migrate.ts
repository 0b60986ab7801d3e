// Applies committed migrations to DATABASE_URL (or the embedded database): npm run db:migrate
import { prepareDatabase } from "@/lib/db/prepare-database";

const database = await prepareDatabase();
console.log(
  database.appliedMigrations.length
    ? `Applied: ${database.appliedMigrations.join(", ")}`
    : "The database is up to date.",
);
await database.stop();
