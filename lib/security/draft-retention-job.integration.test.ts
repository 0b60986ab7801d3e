import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createDraft } from "@/lib/citizen/drafts";
import { advanceClock, resetClock } from "@/lib/clock";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { createTestOrganisation } from "@/lib/delivery/testing/delivery-fixtures";
import { JOB_REGISTRY } from "@/lib/jobs/job-registry";
import { logger } from "@/lib/log/logger";
import { draftRetentionJob } from "@/lib/security/draft-retention-job";
import type { TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

const sandbox = {
  url: "http://127.0.0.1:9",
  username: "u",
  password: "p",
  organisationId: "o",
  serviceId: "s",
};

afterEach(() => resetClock());
afterAll(async () => {
  await disconnectPrisma();
});

describe("draftRetentionJob", () => {
  it("is scheduled by the worker and deletes expired drafts only", async () => {
    expect(JOB_REGISTRY).toContain(draftRetentionJob);
    expect(draftRetentionJob.schedule?.()).toBe("23 * * * *");
    const org = await createTestOrganisation(sandbox as unknown as TTestSandbox);
    const input = { formId: org.form.id, formVersionId: org.version.id, language: "fi" as const };
    const { draft: old } = await createDraft({ ...input, lifetimeDays: 1 });
    const { draft: fresh } = await createDraft({ ...input, lifetimeDays: 30 });
    advanceClock(2 * 24 * 3_600_000);
    await draftRetentionJob.handler({}, { jobId: "test", logger });
    const left = await getPrisma().citizenDraft.findMany({ where: { id: { in: [old.id, fresh.id] } } });
    expect(left.map((draft) => draft.id)).toEqual([fresh.id]);
  });
});
