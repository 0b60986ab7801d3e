import { getEnv } from "@/lib/env";

/** DATABASE_URL is always set by the time app code runs: by the operator, or by the dev runner. */
export function getDatabaseUrl(): string {
  const url = getEnv().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` (embedded PostgreSQL) or set DATABASE_URL.",
    );
  }
  return url;
}
