// The admin submission list shows the identified sender's henkilötunnus masked, never in full.
import { afterAll, describe, expect, it } from "vitest";
import { now } from "@/lib/clock";
import { encryptString } from "@/lib/crypto/encrypt-value";
import { retrievedSenderContext } from "@/lib/crypto/encryption-contexts";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { createTestOrganisation, createTestSubmission } from "@/lib/delivery/testing/delivery-fixtures";
import { listSubmissions } from "@/lib/submissions/list-submissions";
import type { TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

const sandbox = {
  url: "http://127.0.0.1:9",
  username: "u",
  password: "p",
  organisationId: "o",
  serviceId: "s",
};

afterAll(async () => {
  await disconnectPrisma();
});

describe("listSubmissions", () => {
  it("masks the sender's henkilötunnus as 010280-****", async () => {
    const org = await createTestOrganisation(sandbox as unknown as TTestSandbox);
    const retrieved = await createTestSubmission(org, { subject: "Haettu" });
    const pending = await createTestSubmission(org, { subject: "Odottaa" });
    const id = crypto.randomUUID();
    await getPrisma().retrievedMessage.create({
      data: {
        id,
        organizationId: org.organization.id,
        connectionId: org.connection.id,
        suomifiMessageId: BigInt(Date.now()),
        serviceId: "s",
        submissionId: retrieved.submission.id,
        match: "matched",
        integrityStatus: "valid",
        senderEncrypted: encryptString(JSON.stringify({ id: "010280-952L", name: "Maija Meikäläinen" }), {
          associatedData: retrievedSenderContext(id),
        }),
        sentAt: now(),
        retrievedAt: now(),
      },
    });
    const list = await listSubmissions(org.organization.id);
    expect(list.find((item) => item.id === retrieved.submission.id)?.senderMasked).toBe("010280-****");
    expect(list.find((item) => item.id === pending.submission.id)?.senderMasked).toBeNull();
    expect(JSON.stringify(list)).not.toMatch(/952L|Meikäläinen/);
  });
});
