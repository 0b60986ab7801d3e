// A throw-away database on the development server (DATABASE_URL's server, or the embedded one).
import { randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

export async function withScratchDatabase<T>(run: (databaseUrl: string) => Promise<T>): Promise<T> {
  const env = getEnv();
  let baseUrl: string;
  let stop = async () => {};
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    url.pathname = "/postgres";
    baseUrl = url.toString();
  } else {
    const server = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT });
    baseUrl = server.baseUrl;
    stop = server.stop;
  }
  const name = `lomake_scratch_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(baseUrl, name);
  const scratch = new URL(baseUrl);
  scratch.pathname = `/${name}`;
  try {
    return await run(scratch.toString());
  } finally {
    await dropDatabase(baseUrl, name).catch(() => {});
    await stop();
  }
}
