// GET /api/metrics: absent without METRICS_TOKEN, 401 without the right bearer token, and otherwise every
// figure of the health panel and the depth of each job queue in Prometheus text format.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma } from "@/lib/db/prisma";
import { createTestOrganisation, type TTestOrganisation } from "@/lib/delivery/testing/delivery-fixtures";
import { overrideEnv } from "@/lib/env";
import { getJobQueue, stopJobQueue } from "@/lib/jobs/job-queue";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { GET } from "./route";

const METRICS_TOKEN = "metrics-token-for-tests-0123456789";
const previous = process.env.METRICS_TOKEN;
let sandbox: TTestSandbox;
let org: TTestOrganisation;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  org = await createTestOrganisation(sandbox);
  overrideEnv({ METRICS_TOKEN });
});
afterAll(async () => {
  overrideEnv({ METRICS_TOKEN: previous });
  await stopJobQueue();
  await sandbox?.close();
  await disconnectPrisma();
});

const scrape = (token: string | null) =>
  GET(
    new Request("http://localhost/api/metrics", {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
  );

describe("metrics endpoint", () => {
  it("needs the token, and does not exist without one configured", async () => {
    expect((await scrape(null)).status).toBe(401);
    const wrong = await scrape("wrong-token-wrong-token-wrong");
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain("lomake_");
    overrideEnv({ METRICS_TOKEN: undefined });
    expect((await scrape(METRICS_TOKEN)).status).toBe(404);
    overrideEnv({ METRICS_TOKEN });
  });

  it("serves every figure in Prometheus text format, with the queue depth per job", async () => {
    const boss = await getJobQueue();
    await boss.createQueue("metrics-test-queue");
    await boss.send("metrics-test-queue", {});
    await boss.send("metrics-test-queue", {});
    const response = await scrape(METRICS_TOKEN);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const body = await response.text();
    for (const name of [
      "lomake_retrieval_lag_seconds",
      "lomake_retrieval_waiting_events",
      "lomake_retrieval_stalled",
      "lomake_deliveries_undelivered",
      "lomake_deliveries_dead_lettered",
      "lomake_submissions_held",
      "lomake_job_queue_depth",
    ])
      expect(body).toContain(`# TYPE ${name} gauge`);
    const slug = org.organization.slug;
    expect(body).toContain(`lomake_deliveries_dead_lettered{organization="${slug}"} 0`);
    expect(body).toContain(`lomake_retrieval_waiting_events{organization="${slug}"} 0`);
    expect(body).toContain('lomake_job_queue_depth{queue="metrics-test-queue",state="created"} 2');
    expect(body).toContain("lomake_job_queue_up 1");
  });
});
