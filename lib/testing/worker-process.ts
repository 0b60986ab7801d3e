// Fault-injection tests: the real worker (`scripts/worker.ts`) as a child process, so it can be killed with
// SIGKILL exactly as an operating system would, with no cleanup of any kind.
import { spawn, type ChildProcess } from "node:child_process";

export type TWorkerProcess = {
  pid: number;
  child: ChildProcess;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last lines it wrote (JSON log lines), for a failing test's message. */
  output: string[];
  kill: (signal?: NodeJS.Signals) => Promise<void>;
};

export function startWorkerProcess(env: Record<string, string | undefined>): TWorkerProcess {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"],
    {
      env: { ...process.env, LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    pid: child.pid!,
    child,
    exited,
    output,
    kill: async (signal = "SIGKILL") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
