// Benchmark 4: what a citizen's browser loads on a first visit to the start page and a step page (HTML, CSS and
// JavaScript, gzip-compressed as a server would send them), and Lighthouse's mobile performance and
// accessibility scores with the local Chromium.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { childProcessEnv } from "@/lib/env";
import type { TBenchApp } from "./bench-app";
import type { TBenchSection, TTableRow } from "./bench-report";
import { fetchText, FIRST_STEP, FORM_PATH } from "./citizen-requests";

const CHROMIUM = "/usr/bin/chromium";

type TWeight = {
  htmlBytes: number;
  cssBytes: number;
  jsBytes: number;
  resources: string[];
  hasFrameworkJs: boolean;
};

const gzipBytes = (text: string) => gzipSync(Buffer.from(text)).byteLength;

async function pageWeight(appUrl: string, path: string): Promise<TWeight> {
  const html = await fetchText(`${appUrl}${path}`);
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const sizeOf = async (hrefs: string[]) => {
    let total = 0;
    for (const href of hrefs) total += gzipBytes(await fetchText(new URL(href, appUrl).toString()));
    return total;
  };
  return {
    htmlBytes: gzipBytes(html),
    cssBytes: await sizeOf(stylesheets),
    jsBytes: await sizeOf(scripts),
    resources: [...stylesheets, ...scripts],
    hasFrameworkJs: scripts.some((src) => src.includes("/_next/")),
  };
}

type TLighthouse =
  { performance: number; accessibility: number; metrics: Record<string, number> } | { error: string };

function runLighthouse(url: string, outputPath: string): Promise<TLighthouse> {
  if (!existsSync(CHROMIUM)) return Promise.resolve({ error: `${CHROMIUM} is not installed` });
  const flags = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run";
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        "node_modules/lighthouse/cli/index.js",
        url,
        "--only-categories=performance,accessibility",
        "--output=json",
        `--output-path=${outputPath}`,
        `--chrome-flags=${flags}`,
        "--quiet",
      ],
      { env: childProcessEnv({ CHROME_PATH: CHROMIUM }), timeout: 180_000 },
      (error, _stdout, stderr) => {
        if (error)
          return resolve({
            error: (stderr || error.message).split("\n").find(Boolean)?.slice(0, 200) ?? "failed",
          });
        try {
          const report = JSON.parse(readFileSync(outputPath, "utf8")) as {
            categories: Record<string, { score: number | null }>;
            audits: Record<string, { numericValue?: number }>;
            runtimeError?: { message: string };
          };
          if (report.runtimeError) return resolve({ error: report.runtimeError.message });
          const score = (name: string) => Math.round((report.categories[name]?.score ?? 0) * 100);
          const metric = (name: string) => Math.round(report.audits[name]?.numericValue ?? -1);
          resolve({
            performance: score("performance"),
            accessibility: score("accessibility"),
            metrics: {
              firstContentfulPaintMs: metric("first-contentful-paint"),
              largestContentfulPaintMs: metric("largest-contentful-paint"),
              totalBlockingTimeMs: metric("total-blocking-time"),
              cumulativeLayoutShiftThousandths: Math.round(
                (report.audits["cumulative-layout-shift"]?.numericValue ?? 0) * 1000,
              ),
            },
          });
        } catch (parseError) {
          resolve({ error: `report unreadable: ${String(parseError).slice(0, 150)}` });
        }
      },
    );
  });
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchPageWeight(app: TBenchApp, log: (line: string) => void): Promise<TBenchSection> {
  const pages = { "start page": FORM_PATH, "step page": `${FORM_PATH}/step/${FIRST_STEP}` };
  const rows: TTableRow[] = [];
  const details: Record<string, { weight: TWeight; lighthouse: TLighthouse }> = {};
  for (const [name, path] of Object.entries(pages)) {
    const weight = await pageWeight(app.appUrl, path);
    log(`  page weight: ${name} … Lighthouse`);
    const lighthouse = await runLighthouse(
      `${app.appUrl}${path}`,
      `.data/bench-lighthouse-${name.replace(" ", "-")}.json`,
    );
    details[name] = { weight, lighthouse };
    rows.push({
      benchmark: "4 page weight",
      measure: `${name}, first visit (gzip)`,
      lomake: `HTML ${kilobytes(weight.htmlBytes)}, CSS ${kilobytes(weight.cssBytes)}, JS ${kilobytes(weight.jsBytes)}; framework JS: ${weight.hasFrameworkJs ? "yes" : "none"}`,
      goal: "HTML ≤ 15, CSS ≤ 20, JS ≤ 30 KB; no framework JS",
    });
    rows.push({
      benchmark: "4 page weight",
      measure: `${name}, Lighthouse 12.8 mobile`,
      lomake:
        "error" in lighthouse
          ? `not measured: ${lighthouse.error}`
          : `performance ${lighthouse.performance}, accessibility ${lighthouse.accessibility} (LCP ${lighthouse.metrics.largestContentfulPaintMs} ms, TBT ${lighthouse.metrics.totalBlockingTimeMs} ms)`,
      goal: "performance ≥ 95, accessibility 100",
    });
  }
  return { name: "pageWeight", rows, details };
}
