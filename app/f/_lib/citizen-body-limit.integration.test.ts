// A post over the citizen pages' body limit gets a plain 413 page in the person's language, and the draft keeps
// what was saved before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma } from "@/lib/db/prisma";
import {
  citizenBrowser,
  createCitizenTestForm,
  formData,
  type TCitizenTestForm,
} from "@/lib/citizen/testing/citizen-fixtures";
import { GET as getStep, POST as postStep } from "../[org]/[form]/step/[page]/route";
import { MAX_CITIZEN_BODY_BYTES } from "./citizen-http";

let fixture: TCitizenTestForm;

beforeAll(async () => {
  fixture = await createCitizenTestForm();
});

afterAll(async () => {
  await disconnectPrisma();
});

describe("citizen body limit", () => {
  it("refuses an oversized step post with a 413 page and keeps the saved answers", async () => {
    const browser = citizenBrowser();
    const params = { ...fixture.params, page: "details" };
    await browser.call(postStep, `${fixture.base}/step/details`, params, {
      method: "POST",
      body: formData({ subject: "Alkuperäinen", _action: "save" }),
    });
    const response = await browser.call(postStep, `${fixture.base}/step/details?lang=en`, params, {
      method: "POST",
      body: formData({ subject: "x".repeat(MAX_CITIZEN_BODY_BYTES + 10), _action: "save" }),
    });
    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).toContain("What you sent was too large");
    expect(html).toContain("at most 11 megabytes");
    const page = await (await browser.call(getStep, `${fixture.base}/step/details`, params)).text();
    expect(page).toContain('value="Alkuperäinen"');
  });
});
