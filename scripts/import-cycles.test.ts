// Runtime import cycles make module initialisation order-dependent: the production build then fails with
// "Cannot access 'x' before initialization" where development happened to work. Type-only imports are erased
// and therefore allowed.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["lib", "app", "components"];
const RUNTIME_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms;

function listSources(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : listSources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function resolveImport(specifier: string, from: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.join(path.dirname(from), specifier);
  else return undefined;
  return [".ts", ".tsx", "/index.ts", ""]
    .map((suffix) => base + suffix)
    .find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

export function findImportCycles(files: string[]): string[] {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = fs.readFileSync(file, "utf8");
    graph.set(
      file,
      [...source.matchAll(RUNTIME_IMPORT)].flatMap((match) => resolveImport(match[1] ?? "", file) ?? []),
    );
  }
  const cycles: string[] = [];
  const done = new Set<string>();
  const onStack: string[] = [];
  const visit = (file: string) => {
    onStack.push(file);
    for (const dependency of graph.get(file) ?? []) {
      const index = onStack.indexOf(dependency);
      if (index >= 0) cycles.push([...onStack.slice(index), dependency].join(" → "));
      else if (!done.has(dependency)) visit(dependency);
    }
    onStack.pop();
    done.add(file);
  };
  for (const file of graph.keys()) if (!done.has(file)) visit(file);
  return cycles;
}

describe("module graph", () => {
  it("has no runtime import cycles in lib/, app/ or components/", () => {
    expect(findImportCycles(ROOTS.flatMap(listSources))).toEqual([]);
  });
});
