// Resident memory of the app's processes, read from /proc (Linux): the current VmRSS sampled while a benchmark
// runs, and the kernel's own high-water mark VmHWM since the process started.
import { readdirSync, readFileSync } from "node:fs";

function readStatusKilobytes(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Megabytes, one decimal. */
const toMegabytes = (kilobytes: number) => Math.round(kilobytes / 102.4) / 10;

export function residentMegabytes(pid: number): number | null {
  const kilobytes = readStatusKilobytes(pid, "VmRSS");
  return kilobytes === null ? null : toMegabytes(kilobytes);
}

export function peakResidentMegabytes(pid: number): number | null {
  const kilobytes = readStatusKilobytes(pid, "VmHWM");
  return kilobytes === null ? null : toMegabytes(kilobytes);
}

function parentOf(pid: number): number | null {
  try {
    // "pid (comm) state ppid ...": comm may hold spaces, so split after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return "";
  }
}

/** Every living descendant of a process, with its command line. */
export function descendants(rootPid: number): { pid: number; command: string }[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent !== null) parents.set(Number(entry), parent);
  }
  const found: { pid: number; command: string }[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const [pid, parent] of parents) {
      if (parent !== current) continue;
      found.push({ pid, command: commandLine(pid) });
      queue.push(pid);
    }
  }
  return found;
}

export type TMemorySampler = {
  /** Highest VmRSS seen per label since start (MB). */
  stop(): Record<string, number>;
};

/** Samples VmRSS of the given processes every `intervalMs` and keeps the maximum per label. */
export function sampleMemory(processes: Record<string, number[]>, intervalMs = 200): TMemorySampler {
  const peaks: Record<string, number> = {};
  const sample = () => {
    for (const [label, pids] of Object.entries(processes)) {
      // A label may cover several processes (a server and its helper): their sum is what the machine holds.
      const total = pids.reduce((sum, pid) => sum + (residentMegabytes(pid) ?? 0), 0);
      peaks[label] = Math.max(peaks[label] ?? 0, Math.round(total * 10) / 10);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peaks;
    },
  };
}
