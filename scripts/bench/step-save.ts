// Benchmark 2: posting a valid step (parse, validate, encrypt, save the draft, redirect) against a handler that
// does one plain `pg` upsert of a value of the same size on the same database.
import pg from "pg";
import type { TBenchApp } from "./bench-app";
import { formatRate, formatRatio, type TBenchSection } from "./bench-report";
import { startBaseline } from "./baseline-process";
import {
  CLAIMANT_STEP_BODY,
  createDraftCookies,
  FIRST_STEP,
  FORM_PATH,
  FORM_POST_HEADERS,
} from "./citizen-requests";
import { measureLoad } from "./load-test";

export type TStepSaveOptions = { connections: number; durationSeconds: number; baselinePort: number };

async function encryptedDraftBytes(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ bytes: number }>(
      "SELECT octet_length(answers_encrypted) AS bytes FROM citizen_draft ORDER BY updated_at DESC LIMIT 1",
    );
    return rows[0]?.bytes ?? 0;
  } finally {
    await client.end();
  }
}

export async function benchStepSave(
  app: TBenchApp,
  options: TStepSaveOptions,
  log: (line: string) => void,
): Promise<TBenchSection> {
  // Many people, each saving now and then (the host limits saves per draft): requests take their drafts in turn.
  const drafts = Math.max(options.connections, 200);
  const cookies = await createDraftCookies(app.appUrl, drafts);
  const draftBytes = await encryptedDraftBytes(app.databaseUrl);
  const post = {
    method: "POST" as const,
    body: CLAIMANT_STEP_BODY,
    headers: FORM_POST_HEADERS,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    expectedStatus: 303,
  };
  const upsert = await startBaseline("upsert", options.baselinePort, [app.databaseUrl, String(draftBytes)]);
  let baseline;
  try {
    log("  step save: pg upsert baseline …");
    baseline = await measureLoad({
      ...post,
      url: `${upsert.url}/save`,
      requestHeaders: (index) => ({ "x-draft": `draft-${index % drafts}` }),
    });
    log(`    ${baseline.requestsPerSecond} req/s, p95 ${baseline.p95Ms} ms, errors ${baseline.errors}`);
  } finally {
    await upsert.stop();
  }
  log("  step save: Lomake …");
  const ours = await measureLoad({
    ...post,
    url: `${app.appUrl}${FORM_PATH}/step/${FIRST_STEP}`,
    requestHeaders: (index) => ({ cookie: cookies[index % cookies.length]! }),
  });
  log(`    ${ours.requestsPerSecond} req/s, p95 ${ours.p95Ms} ms, errors ${ours.errors}`);
  return {
    name: "stepSave",
    rows: [
      {
        benchmark: "2 step save",
        measure: `valid step POST → 303 (${options.connections} conn., ${drafts} drafts in turn, ${draftBytes} B encrypted)`,
        lomake: `${formatRate(ours.requestsPerSecond)}, p95 ${ours.p95Ms} ms${ours.errors ? `, ${ours.errors} errors` : ""}`,
        baseline: `${formatRate(baseline.requestsPerSecond)}, p95 ${baseline.p95Ms} ms (pg upsert)`,
        ratio: formatRatio(ours.requestsPerSecond, baseline.requestsPerSecond),
        goal: "≥ 40 %",
      },
    ],
    details: { connections: options.connections, drafts, draftBytes, ours, baseline },
  };
}
