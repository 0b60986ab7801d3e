// Runs the Suomi.fi Messages sandbox as its own process: `npx tsx scripts/sandbox.ts`.
import { sandboxOptionsFromEnv } from "@/lib/suomifi/sandbox/sandbox-options-from-env";
import { startSandboxServer } from "@/lib/suomifi/sandbox/start-sandbox-server";

async function main(): Promise<void> {
  const options = sandboxOptionsFromEnv();
  const sandbox = await startSandboxServer(options);
  console.log(
    JSON.stringify({
      level: "info",
      message: "Suomi.fi sandbox listening",
      url: sandbox.url,
      publicUrl: options.publicUrl,
    }),
  );
  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: "error", message: "Suomi.fi sandbox failed to start", error: String(error) }),
  );
  process.exit(1);
});
