// Prisma CLI configuration. Must not throw without DATABASE_URL: `npm ci` runs `prisma generate` through it.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/lomake" },
});
