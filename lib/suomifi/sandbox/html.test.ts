import { describe, expect, it } from "vitest";
import { html } from "./html";

// An alias, so Prettier does not reformat the templates as embedded HTML (whitespace matters here).
const tag = html;

describe("html", () => {
  it("escapes interpolated text and attributes", () => {
    const name = `<script>alert("x")</script>&'`;
    const escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;";
    expect(tag`<p title="${name}">${name}</p>`.value).toBe(`<p title="${escaped}">${escaped}</p>`);
  });

  it("does not escape nested html and joins arrays", () => {
    const items = ["a<", "b"].map((item) => tag`<li>${item}</li>`);
    expect(tag`<ul>${items}</ul>`.value).toBe("<ul><li>a&lt;</li><li>b</li></ul>");
  });

  it("renders nothing for null, undefined and false", () => {
    expect(tag`${null}${undefined}${false}${0}`.value).toBe("0");
  });
});
