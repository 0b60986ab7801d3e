// Benchmark 1: citizen page throughput under load, against a prerendered page of the same Next server (the
// framework's ceiling) and node:http serving the very same bytes of our start page (the machine's ceiling).
import { writeFileSync } from "node:fs";
import type { TBenchApp } from "./bench-app";
import { formatRate, formatRatio, type TBenchSection, type TTableRow } from "./bench-report";
import { startBaseline } from "./baseline-process";
import { createDraftCookies, fetchText, FIRST_STEP, FORM_PATH } from "./citizen-requests";
import { measureLoad, type TLoadResult } from "./load-test";
import { peakResidentMegabytes, sampleMemory } from "./process-memory";

export type TCitizenThroughputOptions = {
  connections: number;
  durationSeconds: number;
  baselinePort: number;
};

export async function benchCitizenThroughput(
  app: TBenchApp,
  options: TCitizenThroughputOptions,
  log: (line: string) => void,
): Promise<TBenchSection> {
  const startUrl = `${app.appUrl}${FORM_PATH}`;
  const stepUrl = `${startUrl}/step/${FIRST_STEP}`;
  const startHtml = await fetchText(startUrl);
  writeFileSync(".data/bench-start-page.html", startHtml);
  // One draft per connection: each simulated person reads their own saved answers.
  const cookies = await createDraftCookies(app.appUrl, options.connections);
  const draftHtml = await fetchText(stepUrl, { cookie: cookies[0]! });
  if (!draftHtml.includes("Tessa Testilä"))
    throw new Error("the step page does not show the draft's answers");

  const nodeHttp = await startBaseline("static", options.baselinePort, [".data/bench-start-page.html"]);
  const memory = sampleMemory({ web: app.processes().web });
  const load = { connections: options.connections, durationSeconds: options.durationSeconds };
  const measured: Record<string, TLoadResult> = {};
  try {
    const cases: [string, Parameters<typeof measureLoad>[0]][] = [
      ["node:http, same bytes as the start page", { ...load, url: `${nodeHttp.url}/` }],
      ["Next prerendered page", { ...load, url: `${app.appUrl}/bench/static-page` }],
      ["start page", { ...load, url: startUrl }],
      ["first step, empty (cached)", { ...load, url: stepUrl }],
      [
        "first step with a draft (dynamic)",
        {
          ...load,
          url: stepUrl,
          requestHeaders: (index) => ({ cookie: cookies[index % cookies.length]! }),
        },
      ],
    ];
    for (const [name, caseOptions] of cases) {
      log(`  citizen: ${name} …`);
      measured[name] = await measureLoad(caseOptions);
      const result = measured[name]!;
      log(
        `    ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, errors ${result.errors}`,
      );
    }
  } finally {
    await nodeHttp.stop();
  }
  const memoryPeaks = memory.stop();
  const nodeResult = measured["node:http, same bytes as the start page"]!;
  const staticResult = measured["Next prerendered page"]!;
  const goals: Record<string, string> = {
    "start page": "≥ 80 % of prerendered",
    "first step, empty (cached)": "≥ 80 % of prerendered",
    "first step with a draft (dynamic)": "≥ 25 % of prerendered, p95 < 150 ms",
  };
  const rows: TTableRow[] = [
    {
      benchmark: "1 citizen pages",
      measure: `node:http baseline (${options.connections} conn.)`,
      lomake: "",
      baseline: `${formatRate(nodeResult.requestsPerSecond)}, p95 ${nodeResult.p95Ms} ms`,
    },
    {
      benchmark: "1 citizen pages",
      measure: "Next prerendered page baseline",
      lomake: "",
      baseline: `${formatRate(staticResult.requestsPerSecond)}, p95 ${staticResult.p95Ms} ms`,
      ratio: `${formatRatio(staticResult.requestsPerSecond, nodeResult.requestsPerSecond)} of node:http`,
    },
  ];
  for (const name of Object.keys(goals)) {
    const result = measured[name]!;
    rows.push({
      benchmark: "1 citizen pages",
      measure: name,
      lomake: `${formatRate(result.requestsPerSecond)}, p50 ${result.p50Ms} / p95 ${result.p95Ms} / p99 ${result.p99Ms} ms${result.errors ? `, ${result.errors} errors` : ""}`,
      baseline: "prerendered / node:http",
      ratio: `${formatRatio(result.requestsPerSecond, staticResult.requestsPerSecond)} / ${formatRatio(result.requestsPerSecond, nodeResult.requestsPerSecond)}`,
      goal: goals[name],
    });
  }
  const webPids = app.processes().web;
  return {
    name: "citizen",
    rows,
    details: {
      connections: options.connections,
      durationSeconds: options.durationSeconds,
      results: measured,
      memoryPeakMegabytes: memoryPeaks,
      webHighWaterMegabytes: webPids.map((pid) => peakResidentMegabytes(pid)),
      startPageBytes: Buffer.byteLength(startHtml),
    },
  };
}
