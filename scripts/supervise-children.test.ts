// The runner must notice a child killed by a signal, stop the others with their own children, and exit non-zero.
import { afterEach, describe, expect, it } from "vitest";
import { createSupervisor, exitCodeAfterChildExit, type TChildExit } from "./supervise-children";

// A child that also starts a grandchild in its process group, as `next start` does with its workers.
const parentWithGrandchild = `
const { spawn } = require("node:child_process");
const grandchild = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
console.log(String(grandchild.pid));
setInterval(() => {}, 1000);
`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0)) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // gone
    }
  }
});

describe("createSupervisor", () => {
  it("reports a child killed by SIGKILL and stops every other process group promptly", async () => {
    let reported: TChildExit | undefined;
    const supervisor = createSupervisor({
      env: process.env,
      onChildExit: (exit) => {
        reported ??= exit;
      },
      graceMs: 3_000,
    });
    const web = supervisor.start("web", process.execPath, ["-e", parentWithGrandchild]);
    const worker = supervisor.start("worker", process.execPath, ["-e", "setInterval(() => {}, 1000)"]);
    // Ignores SIGTERM, as a wedged process would: it must get SIGKILL after the grace period.
    const stubborn = supervisor.start("sandbox", process.execPath, [
      "-e",
      "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)",
    ]);
    for (const child of [web, worker, stubborn]) started.push(child.pid!);
    await new Promise((resolve) => setTimeout(resolve, 500));

    process.kill(worker.pid!, "SIGKILL");
    await expect.poll(() => reported, { timeout: 5_000 }).toBeDefined();
    expect(reported).toEqual({ name: "worker", code: null, signal: "SIGKILL" });
    expect(exitCodeAfterChildExit(reported!)).toBe(137);

    const stoppedAt = Date.now();
    await supervisor.stopAll();
    expect(Date.now() - stoppedAt).toBeLessThan(6_000);
    for (const pid of [web.pid!, worker.pid!, stubborn.pid!]) expect(isAlive(pid)).toBe(false);
    for (const pid of started) expect(() => process.kill(-pid, 0)).toThrow();
  }, 15_000);

  it("treats a child that exits 0 on its own as a failure of the whole app", () => {
    expect(exitCodeAfterChildExit({ name: "web", code: 0, signal: null })).toBe(1);
    expect(exitCodeAfterChildExit({ name: "web", code: 3, signal: null })).toBe(3);
    expect(exitCodeAfterChildExit({ name: "web", code: null, signal: "SIGTERM" })).toBe(143);
  });
});
