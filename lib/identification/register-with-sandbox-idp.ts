// Development and tests: registers Lomake's SP metadata with the sandbox IdP, as an organisation registers it
// in Suomi.fi service management. The runner calls it once both processes answer; it gives up quietly after
// a bounded wait (the app then shows identification as unavailable until the next start).
import { IDP_PATHS } from "@/lib/suomifi/saml-constants";
import { SAML_PATHS } from "./identification-config";

export async function registerWithSandboxIdp(options: {
  appUrl: string;
  sandboxUrl: string;
  controlSecret: string;
  timeoutMs?: number;
}): Promise<boolean> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    try {
      const [metadata, idp] = await Promise.all([
        fetch(`${options.appUrl}${SAML_PATHS.metadata}`, { signal: AbortSignal.timeout(5000) }),
        fetch(`${options.sandboxUrl}${IDP_PATHS.metadata}`, { signal: AbortSignal.timeout(5000) }),
      ]);
      if (metadata.ok && idp.ok) {
        const response = await fetch(`${options.sandboxUrl}/__control/idp/service-providers`, {
          method: "PUT",
          headers: { Authorization: `Bearer ${options.controlSecret}`, "Content-Type": "application/json" },
          body: JSON.stringify({ metadata: await metadata.text() }),
          signal: AbortSignal.timeout(5000),
        });
        return response.ok;
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}
