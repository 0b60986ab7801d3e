// The citizen's copy: the return page links a PDF of what the person sent (a plain link, no script) with the
// answers as read, the reference, the integrity code and each attachment's SHA-256, under a unique name; a
// forged token gets nothing.
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storedFileContext } from "@/lib/crypto/encryption-contexts";
import { encryptBytes } from "@/lib/crypto/encrypt-value";
import { sha256Hex } from "@/lib/crypto/keyed-hash";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  citizenBrowser,
  createCitizenTestForm,
  readHandoffForm,
  sendToHandoff,
  type TCitizenTestForm,
} from "@/lib/citizen/testing/citizen-fixtures";
import { POST as postCheck } from "../[org]/[form]/check/route";
import { GET as getCopy } from "../[org]/[form]/return/[token]/copy/route";
import { GET as getReturn } from "../[org]/[form]/return/[token]/route";
import { GET as getSend } from "../[org]/[form]/send/[token]/route";
import { POST as postStep } from "../[org]/[form]/step/[page]/route";

let fixture: TCitizenTestForm;

beforeAll(async () => {
  fixture = await createCitizenTestForm();
});
afterAll(async () => {
  await disconnectPrisma();
});

/** The text a PDF draws (pdfkit's deflated content streams, hex glyph strings). */
function drawnText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const match of pdf.toString("latin1").matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = zlib.inflateSync(Buffer.from(match[1]!, "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const array of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...array[1]!.matchAll(/<([0-9a-f]*)>/gi)].map((part) => part[1]).join("");
      lines.push(Buffer.from(hex, "hex").toString("latin1"));
    }
  }
  return lines.join("\n");
}

describe("the citizen's copy", () => {
  it("is a PDF of the answers, reference, integrity code and attachment hashes, linked from the return page", async () => {
    const browser = citizenBrowser();
    const sendPath = await sendToHandoff(browser, fixture, { postStep, postCheck }, "Kuoppa tiessä");
    const handoff = readHandoffForm(
      await (
        await browser.call(getSend, sendPath, { ...fixture.params, token: sendPath.split("/send/")[1]! })
      ).text(),
    );
    const submission = await getPrisma().submission.findFirstOrThrow({
      where: { formId: fixture.form.id },
      orderBy: { createdAt: "desc" },
    });
    const photo = Buffer.from("kuva kuopasta");
    const fileId = crypto.randomUUID();
    await getPrisma().storedFile.create({
      data: {
        id: fileId,
        organizationId: fixture.organization.id,
        submissionId: submission.id,
        fieldKey: "photos",
        name: "kuoppa.jpg",
        mediaType: "image/jpeg",
        sizeBytes: photo.byteLength,
        sha256: sha256Hex(photo),
        contentEncrypted: new Uint8Array(encryptBytes(photo, { associatedData: storedFileContext(fileId) })),
        scanStatus: "clean",
      },
    });
    const returnPath = new URL(Object.values(handoff.hidden).find((value) => value.includes("/return/"))!)
      .pathname;
    const token = returnPath.split("/return/")[1]!;
    const page = await (await browser.call(getReturn, returnPath, { ...fixture.params, token })).text();
    const link = /<a href="([^"]*\/copy[^"]*)" download="">([^<]*)<\/a>/.exec(page);
    expect(link?.[2]).toBe("Lataa kopio lähettämästäsi lomakkeesta (PDF)");

    const response = await browser.call(getCopy, link![1]!.replaceAll("&amp;", "&"), {
      ...fixture.params,
      token,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${fixture.form.slug}-${submission.reference}-${submission.createdAt.toISOString().slice(0, 10)}.pdf"`,
    );
    const text = drawnText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain("Kuoppa tiessä");
    expect(text).toContain(submission.reference);
    expect(text).toContain(submission.integrityCode);
    expect(text).toContain(`SHA-256 ${sha256Hex(photo)}`);
    expect(text).toContain("kuoppa.jpg");

    const forged = token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA");
    const refused = await browser.call(getCopy, `${fixture.base}/return/${forged}/copy`, {
      ...fixture.params,
      token: forged,
    });
    expect(refused.status).toBe(404);
  });
});
