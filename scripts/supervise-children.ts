// The process runner's children: started in their own process groups, and stopped together as soon as any of them
// exits — by code or by a signal (a SIGKILLed child has `exitCode === null`, so each child's exit is remembered
// as it happens instead of being read from `exitCode` later). Stopping signals each group with SIGTERM, then
// SIGKILL after a grace period, so no grandchild (Next's workers) is left behind.
import { spawn, type ChildProcess } from "node:child_process";

export type TChildExit = { name: string; code: number | null; signal: NodeJS.Signals | null };

type TSupervisedChild = { name: string; child: ChildProcess; exited: Promise<TChildExit> };

export type TSupervisorOptions = {
  env: NodeJS.ProcessEnv;
  /** Called once, when the first child exits on its own (not while stopping). */
  onChildExit: (exit: TChildExit) => void;
  /** How long a process group has after SIGTERM before it gets SIGKILL. */
  graceMs?: number;
};

/** The exit code the runner should end with when a child died on its own: a signal or 0 still means failure. */
export function exitCodeAfterChildExit(exit: TChildExit): number {
  if (exit.signal) return 128 + signalNumber(exit.signal);
  return exit.code === 0 || exit.code === null ? 1 : exit.code;
}

function signalNumber(signal: NodeJS.Signals): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  return numbers[signal] ?? 1;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal); // the whole process group: next spawns workers of its own
  } catch {
    // the group is already gone
  }
}

function isGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function createSupervisor(options: TSupervisorOptions) {
  const children: TSupervisedChild[] = [];
  const graceMs = options.graceMs ?? 10_000;
  let isStopping = false;

  function start(name: string, command: string, args: string[]): ChildProcess {
    const child = spawn(command, args, { stdio: "inherit", env: options.env, detached: true });
    const exited = new Promise<TChildExit>((resolve) => {
      child.once("exit", (code, signal) => resolve({ name, code, signal }));
      child.once("error", () => resolve({ name, code: 1, signal: null }));
    });
    children.push({ name, child, exited });
    void exited.then((exit) => {
      if (!isStopping) options.onChildExit(exit);
    });
    return child;
  }

  /** Stops every child's process group and resolves when all of them (and their groups) are gone. */
  async function stopAll(): Promise<void> {
    isStopping = true;
    const groups = children.flatMap(({ child }) => (child.pid ? [child.pid] : []));
    for (const pid of groups) signalGroup(pid, "SIGTERM");
    const deadline = Date.now() + graceMs;
    const allExited = Promise.all(children.map(({ exited }) => exited));
    const timedOut = new Promise<"timeout">((resolve) => {
      const timer = setTimeout(() => resolve("timeout"), graceMs);
      void allExited.then(() => clearTimeout(timer));
    });
    if ((await Promise.race([allExited, timedOut])) === "timeout") {
      for (const pid of groups) signalGroup(pid, "SIGKILL");
      await allExited;
    }
    // A dead group leader can leave members (a killed worker's own children): wait for them, then kill them.
    while (groups.some(isGroupAlive) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const pid of groups.filter(isGroupAlive)) signalGroup(pid, "SIGKILL");
  }

  return { start, stopAll };
}
