// Loaded into the app's processes with NODE_OPTIONS="--import ./scripts/bench/cpu-profile-preload.mjs" by
// `npm run bench -- --cpu-prof` (Node refuses --cpu-prof in NODE_OPTIONS). Profiles the whole process with the
// inspector and writes .data/bench-profiles/<role>-<pid>.cpuprofile when it exits.
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";

const argv = process.argv.join(" ");
const role = argv.includes("worker.ts")
  ? "worker"
  : argv.includes("sandbox.ts")
    ? "sandbox"
    : argv.includes("run.ts")
      ? "runner"
      : argv.includes("next")
        ? "web"
        : "node";
const session = new Session();
session.connect();
session.post("Profiler.enable");
session.post("Profiler.setSamplingInterval", { interval: 500 });
session.post("Profiler.start");
process.once("exit", () => {
  // The in-process inspector answers synchronously, so this works inside the exit handler.
  session.post("Profiler.stop", (error, result) => {
    if (error || !result) return;
    mkdirSync(".data/bench-profiles", { recursive: true });
    writeFileSync(`.data/bench-profiles/${role}-${process.pid}.cpuprofile`, JSON.stringify(result.profile));
  });
});
