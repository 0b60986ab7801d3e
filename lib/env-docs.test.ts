// Every variable lib/env.ts reads is documented in the README's configuration table.
import fs from "node:fs";
import { describe, expect, it } from "vitest";

describe("README configuration table", () => {
  it("documents every environment variable that lib/env.ts reads", () => {
    const envSource = fs.readFileSync("lib/env.ts", "utf8");
    const readme = fs.readFileSync("README.md", "utf8");
    const table = readme.slice(
      readme.indexOf("<!-- env-table:start -->"),
      readme.indexOf("<!-- env-table:end -->"),
    );
    const variables = [...envSource.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((match) => match[1]);
    expect(variables.length).toBeGreaterThan(10);
    expect(variables.filter((name) => !table.includes(`\`${name}\``))).toEqual([]);
  });
});
