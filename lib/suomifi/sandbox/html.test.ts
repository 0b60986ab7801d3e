import { describe, expect, it } from "vitest";
import { html } from "./html";

describe("html", () => {
  it("escapes interpolated text and attributes", () => {
    const name = `<script>alert("x")</script>&'`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</p>',
    );
  });
  it("does not escape nested html and joins arrays", () => {
    const items = ["a<", "b"].map((item) => html`<li>${item}</li>`);
    expect(
      html`<ul>
        ${items}
      </ul>`.value,
    ).toBe("<ul><li>a&lt;</li><li>b</li></ul>");
  });
  it("renders nothing for null, undefined and false", () => {
    expect(html`${null}${undefined}${false}${0}`.value).toBe("0");
  });
});
