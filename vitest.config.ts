import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
// scripts/test-exit-codes.integration.test.ts sets this to run a deliberately failing test in each project.
const fixtures =
  process.env.LOMAKE_TEST_FIXTURES === "1" ? ["scripts/testing/fixtures/*.fixture.test.ts"] : [];

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      "server-only": fileURLToPath(new URL("./lib/testing/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", ...fixtures],
          exclude: [
            "**/*.integration.test.ts",
            "node_modules/**",
            ...(fixtures.length ? [] : ["**/*.fixture.test.ts"]),
          ],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: [
            "lib/**/*.integration.test.ts",
            "app/**/*.integration.test.ts",
            "scripts/**/*.integration.test.ts",
            ...fixtures,
          ],
          environment: "node",
          globalSetup: ["./lib/testing/integration-global-setup.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
