// A worker survives a PostgreSQL restart. pg-boss 10 completes and fails jobs without awaiting the promise
// (manager.js `onFetch`), so a database that goes away mid-job surfaces as an unhandled rejection, which ends a
// Node process by default. Connection failures are logged and the worker carries on: pg-boss and Prisma open new
// connections once the server is back (their pools back off on their own), a job whose completion was lost is
// failed by the reaper (worker-liveness.ts), and the next poll continues where the stored state says. Any other
// unhandled rejection still ends the process, as before.
import "server-only";
import { logger } from "@/lib/log/logger";

// Node's socket errors, and PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P (operator
// intervention: admin shutdown, crash shutdown, cannot connect now).
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
]);
const CONNECTION_MESSAGES = [
  "Connection terminated",
  "connection is closed",
  "Client has encountered a connection error",
  "the database system is starting up",
  "the database system is shutting down",
];

export function isDatabaseConnectionError(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (
    typeof code === "string" &&
    (CONNECTION_CODES.has(code) || code.startsWith("08") || code.startsWith("57P"))
  )
    return true;
  if (typeof message === "string" && CONNECTION_MESSAGES.some((text) => message.includes(text))) return true;
  if (
    error instanceof AggregateError &&
    error.errors.some((inner) => isDatabaseConnectionError(inner, depth + 1))
  )
    return true;
  return isDatabaseConnectionError(cause, depth + 1);
}

let isInstalled = false;

export function surviveDatabaseOutages(): void {
  if (isInstalled) return;
  isInstalled = true;
  process.on("unhandledRejection", (reason) => {
    if (isDatabaseConnectionError(reason)) {
      logger.warn({ err: reason }, "database unreachable; the worker carries on and reconnects");
      return;
    }
    logger.fatal({ err: reason }, "unhandled rejection; the worker stops");
    process.exit(1);
  });
  // The same lost connection can also come as an 'error' event of a pg client that has no listener at that moment
  // (PostgreSQL tells every session it is terminating, and a session between two statements is not waiting for
  // an answer): Node throws it from the socket's data handler. That client is finished; nothing else is left
  // half-done by it, so the worker carries on. Any other uncaught exception still ends the process.
  process.on("uncaughtException", (error) => {
    if (isDatabaseConnectionError(error)) {
      logger.warn(
        { err: error },
        "database connection lost outside a query; the worker carries on and reconnects",
      );
      return;
    }
    logger.fatal({ err: error }, "uncaught exception; the worker stops");
    process.exit(1);
  });
}
