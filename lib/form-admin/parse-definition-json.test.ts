import { describe, expect, it } from "vitest";
import { parseDefinitionJson } from "./parse-definition-json";

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
