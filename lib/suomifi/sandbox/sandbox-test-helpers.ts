// Helpers for integration tests: start a fresh sandbox in-process and call its control API.
import { startSandboxServer, DEFAULT_SANDBOX_PASSWORD } from "./start-sandbox-server";

export const TEST_CONTROL_SECRET = "integration-test-control-secret";

export async function startTestSandbox(overrides: { pageSize?: number } = {}) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Integration tests need DATABASE_URL");
  const sandbox = await startSandboxServer({
    port: 0,
    databaseUrl,
    controlSecret: TEST_CONTROL_SECRET,
    shouldReset: true,
    ...overrides,
  });
  async function control<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const response = await fetch(`${sandbox.url}/__control/${path}`, {
      method,
      headers: { Authorization: `Bearer ${TEST_CONTROL_SECRET}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as T;
    if (!response.ok) throw new Error(`Control ${path} failed: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }
  return {
    ...sandbox,
    control,
    username: "lomake-demo",
    password: DEFAULT_SANDBOX_PASSWORD,
    serviceId: "lomake-demo-service",
    organisationId: "lomake-demo-org",
  };
}

export type TTestSandbox = Awaited<ReturnType<typeof startTestSandbox>>;
