// Named places where the fault-injection tests kill the worker for real (SIGKILL, no cleanup, no finally blocks):
// LOMAKE_FAULT_KILL_AT="point:n" kills the process the n-th time it passes `point`. Inert in production.
import { getEnv } from "@/lib/env";

export type TFaultPoint = "events-page-fetched" | "events-page-transaction" | "message-transaction";

const passes = new Map<string, number>();

export function faultPoint(point: TFaultPoint): void {
  const env = getEnv();
  const setting = env.LOMAKE_FAULT_KILL_AT;
  if (!setting || env.isProduction) return;
  const [name, countText] = setting.split(":");
  if (name !== point) return;
  const count = (passes.get(point) ?? 0) + 1;
  passes.set(point, count);
  if (count === Number(countText)) process.kill(process.pid, "SIGKILL");
}
