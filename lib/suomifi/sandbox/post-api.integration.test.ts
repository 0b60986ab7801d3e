// The POST API hand-off end to end over HTTP: form post, test identification, return address, REST, mailbox.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildHandoffFields } from "../post-handoff";
import { SANDBOX_POST_PROFILE } from "../post-profile";
import { createSuomifiRestClient } from "../rest-client";
import { startTestSandbox, type TTestSandbox } from "./sandbox-test-helpers";

let sandbox: TTestSandbox;
const RETURN_URL = "http://localhost:3000/f/demo/hakemus/sent?s=abc";
const CROSS_SITE = { Origin: "http://localhost:3000", "Sec-Fetch-Site": "cross-site" };

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
});

function handoffFields(
  overrides: Partial<{ body: string; title: string; language: "fi" | "sv" | "en" }> = {},
): [string, string][] {
  const handoff = buildHandoffFields(SANDBOX_POST_PROFILE(sandbox.url), {
    organisationId: sandbox.organisationId,
    serviceId: sandbox.serviceId,
    returnUrl: RETURN_URL,
    title: overrides.title ?? "Hakemus: pysäköintilupa",
    language: overrides.language ?? "fi",
    reference: "sub-123",
    body: overrides.body ?? "Nimi: Tessa\r\nAsia: lupa",
  });
  expect(handoff.actionUrl).toBe(`${sandbox.url}/post-api/v1/messages`);
  return [...handoff.hiddenFields, handoff.textField].map((field) => [field.name, field.value]);
}

async function postUrlencoded(fields: [string, string][]) {
  return fetch(`${sandbox.url}/post-api/v1/messages`, {
    method: "POST",
    headers: { ...CROSS_SITE, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });
}

/** A multipart body written by hand so one file part can omit its Content-Type. */
async function postMultipart(
  fields: [string, string][],
  files: { name: string; content: Buffer; type?: string }[],
) {
  const boundary = "----lomake-test-boundary";
  const parts: Buffer[] = fields.map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  for (const file of files) {
    const type = file.type ? `Content-Type: ${file.type}\r\n` : "";
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="Liite"; filename="${file.name}"\r\n${type}\r\n`,
      ),
      file.content,
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return fetch(`${sandbox.url}/post-api/v1/messages`, {
    method: "POST",
    headers: { ...CROSS_SITE, "Content-Type": `multipart/form-data; boundary=${boundary}` },
    body: Buffer.concat(parts),
    redirect: "manual",
  });
}

async function identify(response: Response, choice: Record<string, string>) {
  expect(response.status).toBe(303);
  const location = response.headers.get("location")!;
  expect(location).toMatch(/^\/identify\/[\w-]{20,}$/);
  const page = await fetch(`${sandbox.url}${location}`);
  const html = await page.text();
  expect(html).toContain('<html lang="fi">');
  expect(html).toContain("010280-952L Testilä Tessa");
  expect(html).toContain('value="cancel"');
  return fetch(`${sandbox.url}${location}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(choice).toString(),
    redirect: "manual",
  });
}

function restClient() {
  return createSuomifiRestClient({
    baseUrl: sandbox.url,
    username: sandbox.username,
    getPassword: () => sandbox.password,
    logger: { warn: () => undefined },
  });
}

describe("POST API hand-off", () => {
  it("stores an urlencoded post as the citizen's message and returns with the completed outcome", async () => {
    const done = await identify(await postUrlencoded(handoffFields()), {
      action: "identify",
      hetu: "010280-952L",
    });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`${RETURN_URL}&outcome=completed`);

    const { submissions } = await sandbox.control<{
      submissions: { messageId: number; reference: string; personId: string }[];
    }>("GET", "submissions");
    expect(submissions).toEqual([expect.objectContaining({ reference: "sub-123", personId: "010280-952L" })]);
    const api = restClient();
    const page = await api.getEvents();
    expect(page.events).toEqual([
      expect.objectContaining({
        type: "Electronic message from end user",
        metadata: { messageId: submissions[0]!.messageId, serviceId: sandbox.serviceId },
      }),
    ]);
    const message = await api.getMessage(submissions[0]!.messageId);
    expect(message.electronic).toMatchObject({
      title: "Hakemus: pysäköintilupa",
      body: "Nimi: Tessa\nAsia: lupa",
      attachments: [],
    });
    expect(message.sender.mailboxOwner).toEqual({ id: "010280-952L", name: "Testilä Tessa" });

    const mailbox = await (await fetch(`${sandbox.url}/mailbox?person=010280-952L`)).text();
    expect(mailbox).toContain("Hakemus: pysäköintilupa");
  });

  it("sends for a company the person has a mandate for: the company's mailbox, the person as the one who acted", async () => {
    const done = await identify(await postUrlencoded(handoffFields()), {
      action: "identify",
      hetu: "010280-952L",
      onBehalfOf: "1912105-6",
    });
    expect(done.headers.get("location")).toBe(`${RETURN_URL}&outcome=completed`);
    const { submissions } = await sandbox.control<{ submissions: { messageId: number }[] }>(
      "GET",
      "submissions",
    );
    const message = await restClient().getMessage(submissions.at(-1)!.messageId);
    expect(message.sender).toEqual({
      mailboxOwner: { id: "1912105-6", name: "Testiyritys Oy" },
      personSendingMessageOnBehalfOfMailboxOwner: { id: "010280-952L", name: "Testilä Tessa" },
    });
    const companyMailbox = await (await fetch(`${sandbox.url}/mailbox?person=1912105-6`)).text();
    expect(companyMailbox).toContain("Hakemus: pysäköintilupa");
  });

  it("refuses to act for a company without a mandate, and stores nothing", async () => {
    const before = await sandbox.control<{ submissions: unknown[] }>("GET", "submissions");
    const refused = await identify(await postUrlencoded(handoffFields()), {
      action: "identify",
      hetu: "010469-999W",
      onBehalfOf: "1912105-6",
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain(
      "Sinulla ei ole valtuutta asioida valitun henkilön tai yrityksen puolesta",
    );
    const after = await sandbox.control<{ submissions: unknown[] }>("GET", "submissions");
    expect(after.submissions).toHaveLength(before.submissions.length);
  });

  it("carries multipart files, inferring a missing part type, to REST and the mailbox", async () => {
    const pdf = Buffer.from("%PDF-1.4\nliite");
    const response = await postMultipart(handoffFields(), [
      { name: "liite.pdf", content: pdf },
      { name: "muistio.txt", content: Buffer.from("muistio"), type: "text/plain" },
    ]);
    const done = await identify(response, { action: "identify", hetu: "260991-999R" });
    expect(done.headers.get("location")).toBe(`${RETURN_URL}&outcome=completed`);
    const api = restClient();
    const [event] = (await api.getEvents()).events;
    const message = await api.getMessage(event!.metadata.messageId!);
    expect(message.electronic.attachments).toEqual([
      expect.objectContaining({ filename: "liite.pdf", mediaType: "application/pdf", sizeBytes: pdf.length }),
      expect.objectContaining({ filename: "muistio.txt", mediaType: "text/plain", sizeBytes: 7 }),
    ]);
    const download = await api.downloadAttachment(message.electronic.attachments[0]!.attachmentId);
    expect(Buffer.from(await new Response(download.body).arrayBuffer())).toEqual(pdf);
    const mailbox = await (await fetch(`${sandbox.url}/mailbox?person=260991-999R&lang=en`)).text();
    expect(mailbox).toContain("liite.pdf");
    expect(mailbox).toContain("muistio.txt");
  });

  it("shows the no-mailbox error with a way back for a person without Suomi.fi Messages", async () => {
    const failed = await identify(await postUrlencoded(handoffFields()), {
      action: "identify",
      hetu: "181064-998C",
    });
    expect(failed.status).toBe(403);
    const html = await failed.text();
    expect(html).toContain("Suomi.fi-viestit ei ole käytössä");
    expect(html).toContain(`href="${RETURN_URL.replace("&", "&amp;")}&amp;outcome=no-mailbox"`);
    expect((await sandbox.control<{ submissions: unknown[] }>("GET", "submissions")).submissions).toEqual([]);
  });

  it("identifies in Swedish a person who filled the form in Swedish, and explains a missing mailbox in Swedish", async () => {
    const posted = await postUrlencoded(handoffFields({ language: "sv" }));
    const location = posted.headers.get("location")!;
    const page = await (await fetch(`${sandbox.url}${location}`)).text();
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain("<h1>Testidentifiering</h1>");
    expect(page).toContain(">Avbryt<");
    const failed = await fetch(`${sandbox.url}${location}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ action: "identify", hetu: "181064-998C" }).toString(),
      redirect: "manual",
    });
    const html = await failed.text();
    expect(html).toContain("Suomi.fi-meddelanden används inte");
    expect(html).toContain("Tillbaka till e-tjänsten");
  });

  it("returns with the cancelled outcome and stores nothing when cancelled", async () => {
    const cancelled = await identify(await postUrlencoded(handoffFields()), { action: "cancel" });
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.get("location")).toBe(`${RETURN_URL}&outcome=cancelled`);
    expect((await restClient().getEvents()).events).toEqual([]);
  });

  it("names a missing or too long field on the error page", async () => {
    const missing = await postUrlencoded(handoffFields().filter(([name]) => name !== "PalveluTunnus"));
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("Pakollinen kenttä PalveluTunnus puuttuu");
    const tooLong = await postUrlencoded(
      handoffFields().map(([name, value]) => [name, name === "Otsikko" ? "x".repeat(257) : value]),
    );
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain("Kenttä Otsikko on pidempi kuin 256 merkkiä");
    const unknown = await postUrlencoded(
      handoffFields().map(([name, value]) => [name, name === "PalveluTunnus" ? "nope" : value]),
    );
    expect(await unknown.text()).toContain("Tuntematon palvelu kentässä PalveluTunnus");
  });

  it("counts CRLF as one character against the 4000-character limit", async () => {
    const exactly = await postUrlencoded(
      handoffFields().map(([name, value]) => [name, name === "Viesti" ? `${"a".repeat(3998)}\r\nb` : value]),
    );
    expect(exactly.status).toBe(303);
    const over = await postUrlencoded(
      handoffFields().map(([name, value]) => [name, name === "Viesti" ? `${"a".repeat(3999)}\r\nb` : value]),
    );
    expect(over.status).toBe(400);
    expect(await over.text()).toContain("Viestin teksti (Viesti) on 4001 merkkiä");
  });

  it("refuses attachments over 10 MB in total", async () => {
    const half = Buffer.alloc(5 * 1024 * 1024 + 1, 0x41);
    const response = await postMultipart(handoffFields(), [
      { name: "a.pdf", content: half },
      { name: "b.pdf", content: half },
    ]);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("enintään 10485760 tavua (10 Mt)");
  });

  it("shows a maintenance page during a maintenance break", async () => {
    await sandbox.control("POST", "maintenance", { isEnabled: true });
    const response = await postUrlencoded(handoffFields());
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("Huoltokatko");
  });

  it.each([
    "https://evil.example/f/demo/hakemus/sent",
    "http://localhost:3000.evil.example/f/demo",
    "http://localhost:3001/f/demo",
    "http://localhost:3000/admin/forms",
    "http://localhost:3000/f/../admin",
    "http://user@localhost:3000/f/demo",
    "javascript:alert(1)//http://localhost:3000/f/",
  ])("refuses a return address not registered for the service: %s", async (returnUrl) => {
    const fields = handoffFields().map(([name, value]): [string, string] =>
      name === "PaluuOsoite" ? [name, returnUrl] : [name, value],
    );
    expect(fields.some(([name]) => name === "PaluuOsoite")).toBe(true);
    const response = await postUrlencoded(fields);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("PaluuOsoite");
    expect(response.headers.get("location")).toBeNull();
  });
});
