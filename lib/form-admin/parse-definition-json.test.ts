import { describe, expect, it } from "vitest";
import { parseDefinitionJson } from "./parse-definition-json";
import { MAX_DEFINITION_DEPTH } from "@/lib/forms/nesting-depth";

describe("parseDefinitionJson", () => {
  it("lists every schema problem with its path", () => {
    const result = parseDefinitionJson(
      JSON.stringify({
        schemaVersion: 1,
        title: { sv: "x" },
        pages: [{ id: "bad id", title: { fi: "S" }, elements: [{ type: "nope" }] }],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(["title/fi", "pages/0/id", "pages/0/elements/0/type"]),
    );
  });

  it("reports broken JSON and drops the exporter's $schema pointer", () => {
    expect(parseDefinitionJson("{ not json")).toMatchObject({ ok: false, problems: [{ path: "" }] });
    const result = parseDefinitionJson(
      JSON.stringify({
        $schema: "../x.json",
        schemaVersion: 1,
        title: { fi: "T" },
        pages: [{ id: "p", title: { fi: "S" }, elements: [] }],
      }),
    );
    expect(result).toMatchObject({ ok: true, definition: { title: { fi: "T" }, languages: ["fi"] } });
    expect(result.ok && "$schema" in result.definition).toBe(false);
  });
});

describe("hostile definition files", () => {
  const definitionWithCondition = (condition: string) =>
    `{"schemaVersion":1,"languages":["fi"],"title":{"fi":"T"},"pages":[{"id":"p","title":{"fi":"P"},"elements":[` +
    `{"type":"shortText","key":"a","label":{"fi":"A"}},` +
    `{"type":"shortText","key":"b","label":{"fi":"B"},"visibleIf":${condition}}]}]}`;

  it("refuses conditions nested 20,000 levels deep with a problem instead of exhausting the stack", () => {
    const depth = 20_000;
    const condition =
      '{"all":['.repeat(depth) + '{"field":"a","operator":"equals","value":"x"}' + "]}".repeat(depth);
    expect(parseDefinitionJson(definitionWithCondition(condition))).toEqual({
      ok: false,
      problems: [{ path: "", message: `Nested more than ${MAX_DEFINITION_DEPTH} levels deep.` }],
    });
  });

  it("still accepts a few levels of nested AND/OR groups", () => {
    const condition = '{"all":[{"any":[{"all":[{"field":"a","operator":"equals","value":"x"}]}]}]}';
    expect(parseDefinitionJson(definitionWithCondition(condition)).ok).toBe(true);
  });

  it("refuses 100,000 nested arrays as not a definition", () => {
    const result = parseDefinitionJson("[".repeat(100_000) + "]".repeat(100_000));
    expect(result.ok).toBe(false);
  });
});
