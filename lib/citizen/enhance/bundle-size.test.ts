import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));

describe("the citizen enhancement script", () => {
  it("stays within 30 KB gzip and leaves out zod, the full validator and the data sets", async () => {
    // The same options as scripts/build-enhance.ts.
    const result = await build({
      entryPoints: [fileURLToPath(new URL("./enhance.ts", import.meta.url))],
      bundle: true,
      minify: true,
      format: "iife",
      target: ["es2019"],
      platform: "browser",
      legalComments: "none",
      alias: { "@": root },
      write: false,
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => /node_modules\/zod\//.test(input))).toEqual([]);
    expect(
      inputs.filter((input) => /validate-answers|build-answer-schema|postal-codes|markdown-it/.test(input)),
    ).toEqual([]);
    // The light path does bundle the identifier checks.
    expect(inputs.some((input) => input.endsWith("lib/forms/vendor/henkilotunnus.ts"))).toBe(true);
    expect(gzipSync(result.outputFiles[0]!.contents).length).toBeLessThanOrEqual(30 * 1024);
  }, 30_000);
});
