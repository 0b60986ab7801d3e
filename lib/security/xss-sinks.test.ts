// The places that write HTML themselves (not through React's escaping): safe Markdown for info texts, start-page
// instructions and notices. No payload may come out as markup.
import { describe, expect, it } from "vitest";
import { renderSafeMarkdown } from "@/lib/forms/safe-markdown";
import { findDangerousMarkup, XSS_PAYLOADS } from "@/lib/security/testing/xss-payloads";

describe("renderSafeMarkdown against XSS payloads", () => {
  it.each(XSS_PAYLOADS.map((payload) => [payload]))("%s renders as text", (payload) => {
    const html = renderSafeMarkdown(`Ohje: ${payload}\n\n* kohta ${payload}\n\n**${payload}**`);
    expect(findDangerousMarkup(html)).toEqual([]);
    // The words are still there for the reader, as text.
    expect(html).toMatch(/__xss=1/);
  });

  it("the detector itself finds markup that would run", () => {
    expect(findDangerousMarkup('<p><img src=x onerror="a()"></p>')).toHaveLength(2);
    expect(findDangerousMarkup('<a href="javascript:a()">x</a>')).toHaveLength(1);
    expect(
      findDangerousMarkup('<script type="application/json">{}</script><p>&lt;img onerror=a()&gt;</p>'),
    ).toEqual([]);
  });

  it("still renders the allowed Markdown: emphasis, lists and https links", () => {
    const html = renderSafeMarkdown("**tärkeä**\n\n* yksi\n\n[ohje](https://example.fi/ohje)");
    expect(html).toContain("<strong>tärkeä</strong>");
    expect(html).toContain("<li>yksi</li>");
    expect(html).toContain('<a href="https://example.fi/ohje">ohje</a>');
  });
});
