// The printed table and the JSON file of a benchmark run.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";

/** One line of the table: what was measured, our figure, the baseline's, their ratio, the goal. */
export type TTableRow = {
  benchmark: string;
  measure: string;
  lomake: string;
  baseline?: string;
  ratio?: string;
  goal?: string;
};

export type TBenchSection = { name: string; rows: TTableRow[]; details: unknown };

export const formatRatio = (ours: number, baseline: number) =>
  baseline > 0 ? `${Math.round((ours / baseline) * 100)} %` : "–";

export const formatRate = (perSecond: number, unit = "req/s") =>
  `${perSecond.toLocaleString("en-US", { maximumFractionDigits: perSecond < 100 ? 1 : 0 })} ${unit}`;

export function machineDescription(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${os.platform()} ${os.release()}, load ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(" ")}`;
}

export function renderTable(rows: TTableRow[]): string {
  const header: TTableRow = {
    benchmark: "Benchmark",
    measure: "Measure",
    lomake: "Lomake",
    baseline: "Baseline",
    ratio: "Ratio",
    goal: "Goal",
  };
  const columns = ["benchmark", "measure", "lomake", "baseline", "ratio", "goal"] as const;
  const widths = columns.map((column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? "").length)),
  );
  const line = (row: TTableRow) =>
    `| ${columns.map((column, index) => (row[column] ?? "").padEnd(widths[index]!)).join(" | ")} |`;
  const separator = `| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`;
  return [line(header), separator, ...rows.map(line)].join("\n");
}

export function writeResults(
  file: string,
  run: { startedAt: string; finishedAt: string; options: unknown; sections: TBenchSection[] },
): void {
  mkdirSync(file.replace(/\/[^/]+$/, ""), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ ...run, machine: machineDescription(), cpus: os.cpus().length, node: process.version }, null, 2)}\n`,
  );
}
