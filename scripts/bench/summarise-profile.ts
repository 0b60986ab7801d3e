// Summarises a V8 CPU profile (`node --cpu-prof`, or `npm run bench -- --cpu-prof`): where the samples fell,
// by package (self time) and by function (self and total time), so a README analysis rests on a profile.
//   node --import tsx scripts/bench/summarise-profile.ts .data/bench-profiles/<file>.cpuprofile [--top 20]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

type TNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type TProfile = { nodes: TNode[]; samples: number[]; timeDeltas: number[] };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "20" } },
});
const top = Number(values.top);

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1]!;
  if (url.startsWith("node:")) return "node internals";
  if (url.includes("/.next/")) return "app bundle (.next)";
  const ours = /\/(lib|app|components|scripts)\//.exec(url);
  return ours ? `lomake ${ours[1]}/` : url.replace(/^.*\//, "");
}

function frameName(node: TNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.includes("node_modules/")
    ? url.replace(/^.*node_modules\//, "")
    : url.replace(/^.*\/(lib|app|components|scripts)\//, "$1/");
  return `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`.trim();
}

for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as TProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) =>
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)),
  );
  const totalMicros = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
  const idleMicros = [...selfMicros.entries()]
    .filter(([id]) => byId.get(id)?.callFrame.functionName === "(idle)")
    .reduce((sum, [, value]) => sum + value, 0);
  const busyMicros = totalMicros - idleMicros;

  const byPackage = new Map<string, number>();
  const selfByFrame = new Map<string, number>();
  const totalByFrame = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === "(idle)") continue;
    const name = packageOf(node.callFrame.url, node.callFrame.functionName);
    byPackage.set(name, (byPackage.get(name) ?? 0) + micros);
    selfByFrame.set(frameName(node), (selfByFrame.get(frameName(node)) ?? 0) + micros);
    // Total time: credit each distinct frame on the stack once.
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
      const frame = frameName(byId.get(current)!);
      if (seen.has(frame)) continue;
      seen.add(frame);
      totalByFrame.set(frame, (totalByFrame.get(frame) ?? 0) + micros);
    }
  }
  const share = (micros: number) => `${((micros / busyMicros) * 100).toFixed(1).padStart(5)} %`;
  const list = (
    title: string,
    entries: Map<string, number>,
    filter: (name: string) => boolean = () => true,
  ) => {
    console.log(`\n  ${title}`);
    [...entries.entries()]
      .filter(([name]) => filter(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .forEach(([name, micros]) => console.log(`    ${share(micros)}  ${name}`));
  };
  console.log(
    `${file}: ${(totalMicros / 1e6).toFixed(1)} s profiled, busy ${(busyMicros / 1e6).toFixed(1)} s (${((busyMicros / totalMicros) * 100).toFixed(0)} %); shares below are of busy time`,
  );
  list("self time by package", byPackage);
  list("self time by function", selfByFrame);
  list("total time, Lomake's own functions", totalByFrame, (name) =>
    /(^| )(lib|app|components)\//.test(name),
  );
}
