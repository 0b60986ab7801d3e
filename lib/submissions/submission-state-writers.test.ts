// The invariant behind the state machine: no module but apply-submission-move.ts writes a submission's status or
// its timeline. Read with the TypeScript parser, so formatting, aliases of the client (`tx`, `prisma`,
// `getPrisma()`) and spreads do not hide a write. Tests and fixtures (`testing/`, `*fixtures.ts`) may set up state.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOTS = ["lib", "app", "components", "scripts"];
const OWNER = "lib/submissions/apply-submission-move.ts";
const WRITES = new Set([
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
]);
const RAW_WRITE = [
  /\bupdate\s+"?submission"?\s+set\b[^;`]*\bstatus\b/i,
  /\binsert\s+into\s+"?submission_event"?/i,
];

function listProductSources(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory())
      return ["generated", "testing", "node_modules"].includes(entry.name) ? [] : listProductSources(full);
    return /\.tsx?$/.test(entry.name) && !/(\.test|\.spec|fixtures)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function hasStatusKey(node: ts.Expression | undefined): boolean {
  if (!node || !ts.isObjectLiteralExpression(node)) return node !== undefined; // not a literal: cannot tell
  return node.properties.some(
    (property) =>
      ts.isSpreadAssignment(property) ||
      (property.name !== undefined && ts.isIdentifier(property.name) && property.name.text === "status") ||
      (property.name !== undefined && ts.isStringLiteral(property.name) && property.name.text === "status"),
  );
}

function dataOf(argument: ts.Expression | undefined, key: string): ts.Expression | undefined {
  if (!argument || !ts.isObjectLiteralExpression(argument)) return undefined;
  for (const property of argument.properties) {
    if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === key)
      return property.initializer;
  }
  return undefined;
}

/** Every write of submission.status or of submission_event in one source text, as "line: what". */
export function findStateWrites(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      WRITES.has(node.expression.name.text) &&
      ts.isPropertyAccessExpression(node.expression.expression)
    ) {
      const model = node.expression.expression.name.text;
      const method = node.expression.name.text;
      const [argument] = node.arguments;
      if (model === "submissionEvent") found.push(`${at(node)}: submissionEvent.${method}`);
      if (model === "submission") {
        const data = ["data", "create", "update"].map((key) => dataOf(argument, key));
        const items = data.flatMap((value) =>
          value && ts.isArrayLiteralExpression(value) ? [...value.elements] : value ? [value] : [],
        );
        if (items.some((item) => hasStatusKey(item)))
          found.push(`${at(node)}: submission.${method} with status`);
      }
    }
    if (ts.isTemplateLiteral(node) || ts.isStringLiteral(node)) {
      const raw = node.getText(source);
      if (RAW_WRITE.some((pattern) => pattern.test(raw))) found.push(`${at(node)}: raw SQL write`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the state machine is the only writer of status and timeline", () => {
  it("finds no other module that writes submission.status or submission_event", () => {
    const offenders = ROOTS.flatMap((root) => listProductSources(root))
      .filter((file) => file.split(path.sep).join("/") !== OWNER)
      .flatMap((file) => findStateWrites(file, fs.readFileSync(file, "utf8")).map((hit) => `${file}:${hit}`));
    expect(offenders).toEqual([]);
  });

  it("the owner itself is seen writing both (so the scan can see writes at all)", () => {
    const hits = findStateWrites(OWNER, fs.readFileSync(OWNER, "utf8"));
    expect(hits.some((hit) => hit.includes("submissionEvent.create"))).toBe(true);
    expect(hits.some((hit) => hit.includes("submission.update with status"))).toBe(true);
  });

  it("recognises the ways a write could be spelled", () => {
    const sample = `
      await tx.submission.update({ where: { id }, data: { status: "held" } });
      await getPrisma().submission.updateMany({ where: {}, data: { ...changes } });
      await prisma.submission.upsert({ where: {}, create: { status: "ready" }, update: {} });
      await tx.submissionEvent.createMany({ data: [] });
      await tx.$executeRaw\`UPDATE submission SET status = 'held' WHERE id = \${id}\`;
      await tx.$executeRawUnsafe("INSERT INTO submission_event (type) VALUES ('x')");
      await tx.submission.update({ where: { id }, data: { draftId: null } });
      await tx.submission.findMany({ where: { status: "held" } });`;
    expect(findStateWrites("sample.ts", sample)).toEqual([
      "2: submission.update with status",
      "3: submission.updateMany with status",
      "4: submission.upsert with status",
      "5: submissionEvent.createMany",
      "6: raw SQL write",
      "7: raw SQL write",
    ]);
  });
});
