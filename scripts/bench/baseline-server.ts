// The raw baselines, each in its own process like the app: `static` serves fixed bytes from memory with
// node:http (the machine's ceiling for a page); `upsert` answers a POST with one plain `pg` upsert of a value of
// the same size as our encrypted draft (the database's ceiling for a step save).
//   node --import tsx scripts/bench/baseline-server.ts static <port> <file>
//   node --import tsx scripts/bench/baseline-server.ts upsert <port> <databaseUrl> <bytes>
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import pg from "pg";

const [mode, portText, argument, sizeText] = process.argv.slice(2);
const port = Number(portText);

async function main(): Promise<void> {
  let handler: http.RequestListener;
  if (mode === "static") {
    const bytes = readFileSync(argument!);
    handler = (_request, response) => {
      response.writeHead(200, {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Length": bytes.byteLength,
        "Cache-Control": "private, no-cache",
      });
      response.end(bytes);
    };
  } else if (mode === "upsert") {
    // The same pool size the app's Prisma adapter uses by default for pg (10).
    const pool = new pg.Pool({ connectionString: argument, max: 10 });
    await pool.query(
      `CREATE TABLE IF NOT EXISTS bench_baseline_draft (id text PRIMARY KEY, answers text NOT NULL, updated_at timestamptz NOT NULL)`,
    );
    const size = Number(sizeText);
    handler = (request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const id = String(request.headers["x-draft"] ?? "anonymous");
        // A value of the same length as our envelope, different every time (as encryption makes it).
        const value = randomBytes(Math.ceil((size * 3) / 4))
          .toString("base64")
          .slice(0, size);
        pool
          .query(
            `INSERT INTO bench_baseline_draft (id, answers, updated_at) VALUES ($1, $2, now())
             ON CONFLICT (id) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at`,
            [id, value],
          )
          .then(
            () => response.writeHead(303, { Location: "/next" }).end(),
            () => response.writeHead(500).end(),
          );
      });
    };
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  http.createServer(handler).listen(port, "127.0.0.1", () => console.log(`baseline ${mode} on ${port}`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
