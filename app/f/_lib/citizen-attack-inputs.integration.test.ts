// Hostile and broken input on the citizen pages: SQL-ish and unicode payloads come back exactly as typed (and
// escaped in HTML), while truncated multipart, JSON bodies and floods of fields answer 4xx and change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { submissionMessageTextContext } from "@/lib/crypto/encryption-contexts";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  citizenBrowser,
  createCitizenTestForm,
  decodeHtml,
  formData,
  readHandoffForm,
  sendToHandoff,
  type TCitizenTestForm,
} from "@/lib/citizen/testing/citizen-fixtures";
import { POST as postCheck } from "../[org]/[form]/check/route";
import { GET as getSend } from "../[org]/[form]/send/[token]/route";
import { GET as getStep, POST as postStep } from "../[org]/[form]/step/[page]/route";
import { MAX_CITIZEN_POSTED_FIELDS } from "./citizen-http";

const PAYLOADS = [
  "Robert'); DROP TABLE submission;--",
  "' OR '1'='1' /*",
  "1; SELECT pg_sleep(10); --",
  "\\x27 \\\\ %27 %00 ${7*7} {{7*7}}",
  "Åsa Öhman, Ääkkönen & Söderström – ÅÄÖ åäö",
  "Straße, Ærø, Ñandú, Łódź, Ĳssel, ſ",
  "日本語のテキスト 中文 한국어",
  "emoji 👩‍👩‍👧 🇫🇮 ✔︎",
  "oikealta vasemmalle \u202Eabc\u202C, nollaleveä\u200Bväli",
  '<script>alert(1)</script>"><img src=x onerror=alert(1)>',
] as const;

let fixture: TCitizenTestForm;

beforeAll(async () => {
  fixture = await createCitizenTestForm();
});

afterAll(async () => {
  await disconnectPrisma();
});

function stepParams(page: string) {
  return { ...fixture.params, page };
}

/** Posts a raw body the way a broken or hostile client would, with the browser's cookies and Origin. */
async function rawPost(
  browser: ReturnType<typeof citizenBrowser>,
  path: string,
  body: BodyInit,
  contentType: string,
) {
  const headers = new Headers({
    "x-lomake-peer-address": browser.ip,
    origin: "http://localhost",
    "content-type": contentType,
  });
  headers.set("cookie", [...browser.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
  return postStep(new Request(`http://localhost${path}`, { method: "POST", body, headers }), {
    params: Promise.resolve(stepParams("details")),
  });
}

async function savedSubject(browser: ReturnType<typeof citizenBrowser>): Promise<string | undefined> {
  const html = await (
    await browser.call(getStep, `${fixture.base}/step/details`, stepParams("details"))
  ).text();
  const value = /<input[^>]*name="subject"[^>]*value="([^"]*)"/.exec(html)?.[1];
  return value === undefined ? undefined : decodeHtml(value);
}

describe("hostile text in answers", () => {
  it.each(PAYLOADS)(
    "keeps %j exactly as typed through the draft, the page and the Suomi.fi text",
    async (payload) => {
      const browser = citizenBrowser();
      const handoffPath = await sendToHandoff(browser, fixture, { postStep, postCheck }, payload);
      expect(await savedSubject(browser)).toBe(payload);

      const handoff = await (
        await browser.call(getSend, handoffPath, { ...fixture.params, token: handoffPath.split("/").at(-1)! })
      ).text();
      expect(handoff).not.toContain("<script>alert(1)</script>");
      expect(handoff).not.toContain("<img src=x");
      expect(readHandoffForm(handoff).text).toContain(payload);

      const submission = await getPrisma().submission.findFirstOrThrow({
        where: { formId: fixture.form.id },
        orderBy: { createdAt: "desc" },
      });
      const text = decryptString(submission.messageTextEncrypted!, {
        associatedData: submissionMessageTextContext(submission.id),
      });
      expect(text).toContain(payload);
    },
  );
});

describe("broken and oversized posts", () => {
  async function startedDraft() {
    const browser = citizenBrowser();
    const first = await browser.call(postStep, `${fixture.base}/step/details`, stepParams("details"), {
      method: "POST",
      body: formData({ subject: "Tallennettu", _action: "save" }),
    });
    expect(first.status).toBe(303);
    return browser;
  }

  it("answers a truncated multipart post with 400 and keeps the saved answer", async () => {
    const browser = await startedDraft();
    const boundary = "----lomake-test-boundary";
    const truncated = `--${boundary}\r\nContent-Disposition: form-data; name="subject"\r\n\r\nMuutettu\r\n--${boundary}\r\nContent-Disposition: form-data; name="_action"\r\n\r\nsa`;
    const response = await rawPost(
      browser,
      `${fixture.base}/step/details`,
      truncated,
      `multipart/form-data; boundary=${boundary}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Lähetystä ei voitu lukea");
    expect(await savedSubject(browser)).toBe("Tallennettu");
  });

  it("answers a JSON body with 400 and keeps the saved answer", async () => {
    const browser = await startedDraft();
    const nested = "[".repeat(50_000) + "]".repeat(50_000);
    const response = await rawPost(
      browser,
      `${fixture.base}/step/details?lang=en`,
      JSON.stringify({ subject: "Muutettu", _action: "save", nested }),
      "application/json",
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("What you sent could not be read");
    expect(await savedSubject(browser)).toBe("Tallennettu");
  });

  it("answers 10,000 fields with 413 and keeps the saved answer", async () => {
    expect(MAX_CITIZEN_POSTED_FIELDS).toBeLessThan(10_000);
    const browser = await startedDraft();
    const body = new URLSearchParams({ subject: "Muutettu", _action: "save" });
    for (let index = 0; index < 10_000; index += 1) body.append(`field${index}`, "x");
    const response = await rawPost(
      browser,
      `${fixture.base}/step/details?lang=sv`,
      body.toString(),
      "application/x-www-form-urlencoded",
    );
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("Det du skickade var för stort");
    expect(await savedSubject(browser)).toBe("Tallennettu");
  });
});
