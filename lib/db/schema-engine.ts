// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter. It applies and creates
// migrations exactly as the Prisma CLI does, without the native engine the CLI downloads (not reachable here).
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaContainer, SchemaEngine } from "@prisma/schema-engine-wasm";

import { SCHEMA_DIR } from "@/lib/db/migration-files";
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

type WasmExports = WebAssembly.Exports & { __wbindgen_start(): void };
let isWasmLoaded = false;

function loadWasm(): void {
  if (isWasmLoaded) return;
  const require = createRequire(import.meta.url);
  const jsPath = require.resolve("@prisma/schema-engine-wasm");
  const wasmBytes = readFileSync(path.join(path.dirname(jsPath), "schema_engine_bg.wasm"));
  const wasmModule = new WebAssembly.Module(wasmBytes);
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as WasmExports;
  (engineBindings as unknown as { __wbg_set_wasm(exports: WasmExports): void }).__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  isWasmLoaded = true;
}

export function readSchemaFiles(): SchemaContainer[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith(".prisma"))
    .sort()
    .map((file) => ({
      path: path.join(SCHEMA_DIR, file),
      content: readFileSync(path.join(SCHEMA_DIR, file), "utf8"),
    }));
}

export async function withSchemaEngine<T>(
  databaseUrl: string,
  run: (engine: SchemaEngine) => Promise<T>,
  onLog: (message: string) => void = () => {},
): Promise<T> {
  loadWasm();
  // The engine keeps its connection (and Prisma's migration advisory lock session) until the pool ends.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const files = readSchemaFiles();
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: files.map((file): [string, string] => [file.path, file.content]) },
    onLog,
    factory,
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}
