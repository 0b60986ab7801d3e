// Rate limits on the citizen routes: starting a draft (per address), saving a step and uploading (per draft),
// and the hand-off (per submission). A refusal is a plain 429 page in the person's language with Retry-After,
// and nothing is changed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  citizenBrowser,
  createCitizenTestForm,
  formData,
  sendToHandoff,
  type TCitizenTestForm,
} from "@/lib/citizen/testing/citizen-fixtures";
import { CITIZEN_RATE_LIMITS } from "@/lib/security/citizen-rate-limits";
import { POST as postCheck } from "../[org]/[form]/check/route";
import { GET as getSend } from "../[org]/[form]/send/[token]/route";
import { GET as getStep, POST as postStep } from "../[org]/[form]/step/[page]/route";

let fixture: TCitizenTestForm;

beforeAll(async () => {
  fixture = await createCitizenTestForm();
});

afterAll(async () => {
  await disconnectPrisma();
});

/**
 * Fills a counter to its limit in this window and the next (so a window boundary cannot end the test early); a
 * sharded counter has each of its shards filled to its share.
 */
async function exhaust(key: string, rule: { limit: number; windowMs: number; shards?: number }): Promise<void> {
  const current = Date.now();
  const shards = rule.shards ?? 1;
  const keys = shards > 1 ? Array.from({ length: shards }, (_, shard) => `${key}#${shard}`) : [key];
  const share = Math.ceil(rule.limit / shards);
  for (const start of [current, current + rule.windowMs]) {
    const windowStart = new Date(Math.floor(start / rule.windowMs) * rule.windowMs);
    for (const counterKey of keys) {
      await getPrisma().$executeRaw`
        INSERT INTO rate_limit_counter (key, window_start, count) VALUES (${counterKey}, ${windowStart}, ${share})
        ON CONFLICT (key, window_start) DO UPDATE SET count = ${share}`;
    }
  }
}

async function latestDraftId(): Promise<string> {
  const draft = await getPrisma().citizenDraft.findFirstOrThrow({
    where: { formId: fixture.form.id },
    orderBy: { createdAt: "desc" },
  });
  return draft.id;
}

function expectRefusal(response: Response) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(600);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return Math.ceil(retryAfter / 60);
}

describe("citizen rate limits", () => {
  it("refuses to start a draft from an address over its limit, in Swedish, and creates nothing", async () => {
    const browser = citizenBrowser();
    await exhaust(`startDraft:ip:${browser.ip}`, CITIZEN_RATE_LIMITS.startDraft.perIp);
    const before = await getPrisma().citizenDraft.count({ where: { formId: fixture.form.id } });
    const response = await browser.call(
      postStep,
      `${fixture.base}/step/details?lang=sv`,
      { ...fixture.params, page: "details" },
      {
        method: "POST",
        body: formData({ subject: "Hej", _action: "continue" }),
      },
    );
    const minutes = expectRefusal(response);
    expect(await response.text()).toContain(`Försök igen om ${minutes} minuter.`);
    expect(await getPrisma().citizenDraft.count({ where: { formId: fixture.form.id } })).toBe(before);
    expect(browser.cookies.size).toBe(0);
  });

  it("refuses a step save over the draft's limit, in Finnish, and keeps the saved answers", async () => {
    const browser = citizenBrowser();
    const params = { ...fixture.params, page: "details" };
    await browser.call(postStep, `${fixture.base}/step/details`, params, {
      method: "POST",
      body: formData({ subject: "Alkuperäinen", _action: "save" }),
    });
    await exhaust(`saveStep:draft:${await latestDraftId()}`, CITIZEN_RATE_LIMITS.saveStep.perDraft);
    const response = await browser.call(postStep, `${fixture.base}/step/details`, params, {
      method: "POST",
      body: formData({ subject: "Muutettu", _action: "save" }),
    });
    const minutes = expectRefusal(response);
    const html = await response.text();
    expect(html).toContain("Liian monta yritystä");
    expect(html).toContain(`Yritä uudelleen ${minutes} minuutin kuluttua.`);
    const page = await (await browser.call(getStep, `${fixture.base}/step/details`, params)).text();
    expect(page).toContain('value="Alkuperäinen"');
    expect(page).not.toContain("Muutettu");
  });

  it("refuses an upload over the draft's limit, in English, and stores no file", async () => {
    const browser = citizenBrowser();
    await browser.call(
      postStep,
      `${fixture.base}/step/details`,
      { ...fixture.params, page: "details" },
      {
        method: "POST",
        body: formData({ subject: "Files", _action: "continue" }),
      },
    );
    const draftId = await latestDraftId();
    await exhaust(`upload:draft:${draftId}`, CITIZEN_RATE_LIMITS.upload.perDraft);
    const response = await browser.call(
      postStep,
      `${fixture.base}/step/files?lang=en`,
      { ...fixture.params, page: "files" },
      {
        method: "POST",
        body: formData({
          attachments: new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "a.pdf", { type: "application/pdf" }),
          _action: "upload:attachments",
        }),
      },
    );
    const minutes = expectRefusal(response);
    expect(await response.text()).toContain(`Please try again in ${minutes} minutes.`);
    expect(await getPrisma().storedFile.count({ where: { draftId } })).toBe(0);
  });

  it("refuses a hand-off over the submission's limit and does not count it", async () => {
    const browser = citizenBrowser();
    const sendPath = await sendToHandoff(browser, fixture, { postStep, postCheck });
    const submission = await getPrisma().submission.findFirstOrThrow({
      where: { formId: fixture.form.id },
      orderBy: { createdAt: "desc" },
    });
    await exhaust(`handoff:draft:${submission.id}`, CITIZEN_RATE_LIMITS.handoff.perDraft);
    const response = await browser.call(getSend, sendPath, {
      ...fixture.params,
      token: sendPath.split("/send/")[1]!,
    });
    expectRefusal(response);
    expect(await response.text()).not.toContain("data-handoff-form");
    const after = await getPrisma().submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(after.handoffCount).toBe(0);
    expect(after.status).toBe("ready");
  });
});
