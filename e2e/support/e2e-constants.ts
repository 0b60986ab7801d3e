import { TEST_PORT_OFFSET } from "@/lib/testing/test-port-offset";

export const E2E_PORT = 3100 + TEST_PORT_OFFSET;
export const E2E_APP_URL = `http://localhost:${E2E_PORT}`;
export const E2E_SANDBOX_PORT = 3101 + TEST_PORT_OFFSET;
export const E2E_POSTGRES_PORT = 54338 + TEST_PORT_OFFSET;
export const E2E_CLAMD_PORT = 3397 + TEST_PORT_OFFSET;
export const E2E_SSHD_PORT = 3393 + TEST_PORT_OFFSET;
export const E2E_SANDBOX_URL = `http://127.0.0.1:${E2E_SANDBOX_PORT}`;
export const E2E_SANDBOX_CONTROL_SECRET = "e2e-sandbox-control-secret-000000";
/** Everything the app's processes print during the e2e run, so tests can check what reached the logs. */
export const E2E_SERVER_LOG = ".data/e2e-server.log";
