// The one source of "now" for time-based logic (expiry, schedules, retries, windows), so tests can move time.
// Plain time stamps in logs may use Date directly; decisions must not.
import { getEnv } from "@/lib/env";

type TClockState = {
  /** When set, time stands still at this instant (ms since epoch). */
  fixedMs: number | undefined;
  /** Added to the real time when not fixed. */
  offsetMs: number;
};

// Kept on globalThis so that every copy of this module (Next bundles a module more than once) shares one clock.
const STATE_KEY = Symbol.for("lomake.clock");

function getState(): TClockState {
  const holder = globalThis as unknown as Record<symbol, TClockState | undefined>;
  let state = holder[STATE_KEY];
  if (!state) {
    state = { fixedMs: undefined, offsetMs: 0 };
    holder[STATE_KEY] = state;
  }
  return state;
}

function configuredOffsetMs(): number {
  const env = getEnv();
  if (env.isProduction) return 0;
  return env.LOMAKE_CLOCK_OFFSET_MS ?? 0;
}

function assertNotProduction(operation: string): void {
  if (getEnv().isProduction) {
    throw new Error(`${operation} is a test control and is refused in production`);
  }
}

/** Milliseconds since the epoch, as the application sees it. */
export function nowMs(): number {
  const state = getState();
  if (state.fixedMs !== undefined) return state.fixedMs;
  return Date.now() + state.offsetMs + configuredOffsetMs();
}

/** The current instant, as the application sees it. A new Date each call, safe to mutate. */
export function now(): Date {
  return new Date(nowMs());
}

/**
 * Sets the clock to `date`. By default time then stands still there (deterministic tests);
 * with `isFrozen: false` time keeps running from that instant.
 */
export function setClock(date: Date, options: { isFrozen?: boolean } = {}): void {
  assertNotProduction("setClock");
  const targetMs = date.getTime();
  if (Number.isNaN(targetMs)) throw new RangeError("setClock: invalid date");
  const state = getState();
  if (options.isFrozen ?? true) {
    state.fixedMs = targetMs;
  } else {
    state.fixedMs = undefined;
    state.offsetMs = targetMs - Date.now() - configuredOffsetMs();
  }
}

/** Stops time at the current instant (or at `at`) and returns it. */
export function freezeClock(at?: Date): Date {
  assertNotProduction("freezeClock");
  const instant = at ?? now();
  setClock(instant, { isFrozen: true });
  return new Date(instant.getTime());
}

/** Moves the clock forward (or back, with a negative value) by `ms`, frozen or running. */
export function advanceClock(ms: number): void {
  assertNotProduction("advanceClock");
  if (!Number.isFinite(ms)) throw new RangeError("advanceClock: ms must be a finite number");
  const state = getState();
  if (state.fixedMs !== undefined) {
    state.fixedMs += ms;
  } else {
    state.offsetMs += ms;
  }
}

/** Back to real time (plus LOMAKE_CLOCK_OFFSET_MS outside production). */
export function resetClock(): void {
  const state = getState();
  state.fixedMs = undefined;
  state.offsetMs = 0;
}

/**
 * For stored "not before" times (retries, backoffs, leases): the instant beyond which such a time cannot have been
 * set by this clock, which never waits longer than `longestWaitMs`. A stored time later than this was set before
 * the clock stepped back (an NTP correction, a restored snapshot, a test's offset) and counts as due: otherwise
 * the work would wait, unseen, for as long as the clock jumped.
 */
export function latestPlausibleDue(longestWaitMs: number, at: Date = now()): Date {
  return new Date(at.getTime() + longestWaitMs + 60_000);
}
