// An empty step of a published form is the same for everyone: it is served compressed (Brotli, else gzip) with
// Vary: Accept-Encoding and revalidated by its ETag. A step with a person's own answers is never compressed.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma } from "@/lib/db/prisma";
import {
  citizenBrowser,
  createCitizenTestForm,
  formData,
  type TCitizenTestForm,
} from "@/lib/citizen/testing/citizen-fixtures";
import { GET as getStep, POST as postStep } from "../[org]/[form]/step/[page]/route";

let fixture: TCitizenTestForm;

beforeAll(async () => {
  fixture = await createCitizenTestForm();
});
afterAll(async () => {
  await disconnectPrisma();
});

describe("compressed citizen pages", () => {
  it("serves an empty step as Brotli or gzip, the same page as uncompressed, and answers 304 to its ETag", async () => {
    const params = { ...fixture.params, page: "details" };
    const path = `${fixture.base}/step/details`;
    const plain = await citizenBrowser().call(getStep, path, params);
    expect(plain.headers.get("content-encoding")).toBeNull();
    const html = await plain.text();
    expect(html).toContain("<form");

    const br = await citizenBrowser().call(getStep, path, params, {
      headers: { "accept-encoding": "gzip, br" },
    });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toContain("Accept-Encoding");
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brotliDecompressSync(brBytes).toString("utf8")).toBe(html);
    expect(brBytes.byteLength).toBeLessThan(Buffer.byteLength(html) / 2);

    const gzip = await citizenBrowser().call(getStep, path, params, {
      headers: { "accept-encoding": "gzip;q=1, br;q=0" },
    });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString("utf8")).toBe(html);

    const etag = plain.headers.get("etag")!;
    const again = await citizenBrowser().call(getStep, path, params, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("never compresses a step that holds the person's answers", async () => {
    const browser = citizenBrowser();
    const params = { ...fixture.params, page: "details" };
    await browser.call(postStep, `${fixture.base}/step/details`, params, {
      method: "POST",
      body: formData({ subject: "Oma vastaus", _action: "save" }),
    });
    const own = await browser.call(getStep, `${fixture.base}/step/details`, params, {
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(own.headers.get("content-encoding")).toBeNull();
    expect(own.headers.get("cache-control")).toBe("no-store");
    expect(await own.text()).toContain('value="Oma vastaus"');
  });
});
