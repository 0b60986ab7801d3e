// A worker process with surviveDatabaseOutages() outlives a pg client's 'error' event that nobody listens to (the
// way a PostgreSQL shutdown reaches a session between two statements), and still dies of any other uncaught error.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function runWorkerLike(thrown: string): { status: number | null; output: string } {
  const script = `
    import { EventEmitter } from "node:events";
    import { surviveDatabaseOutages } from "@/lib/jobs/survive-database-outage";
    surviveDatabaseOutages();
    setTimeout(() => new EventEmitter().emit("error", ${thrown}), 10);
    setTimeout(() => { console.log("still running"); process.exit(0); }, 300);
  `;
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", script],
    { encoding: "utf8", env: { ...process.env, LOG_LEVEL: "warn" }, timeout: 30_000 },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("a worker and uncaught errors", () => {
  it("carries on after an unheard pg 'error' event of a terminated session", () => {
    const result = runWorkerLike(
      `Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })`,
    );
    expect(result.output).toContain("still running");
    expect(result.status).toBe(0);
  });

  it("still stops on any other uncaught error", () => {
    const result = runWorkerLike(`new TypeError("Cannot read properties of undefined")`);
    expect(result.output).not.toContain("still running");
    expect(result.status).toBe(1);
  });
});
