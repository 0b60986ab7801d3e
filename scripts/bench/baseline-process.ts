// Starts one raw baseline server (scripts/bench/baseline-server.ts) in its own process and stops it.
import { spawn } from "node:child_process";

export type TBaselineProcess = { url: string; pid: number; stop(): Promise<void> };

export async function startBaseline(
  mode: "static" | "upsert",
  port: number,
  args: string[],
): Promise<TBaselineProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/bench/baseline-server.ts", mode, String(port), ...args],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("baseline")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`baseline ${mode} exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
