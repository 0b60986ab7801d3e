import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSuomifiThemeCss } from "@/lib/theme/suomifi-theme-css";

describe("Suomi.fi theme", () => {
  it("is generated from the installed design tokens (run `npm run theme` after upgrading them)", () => {
    expect(readFileSync("app/suomifi-theme.css", "utf8")).toBe(buildSuomifiThemeCss());
  });

  it("carries the brand colour of the Suomi.fi design system", () => {
    expect(buildSuomifiThemeCss()).toContain("--color-fi-brand-base: hsl(214, 100%, 24%);");
  });
});
