import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "@/lib/forms/definition";
import { renameFieldReferences } from "./definition-operations";

describe("renameFieldReferences", () => {
  it("makes rules between fields and two-field conditions follow a renamed key", () => {
    const definition = ZFormDefinition.parse({
      schemaVersion: 1,
      title: { fi: "L" },
      pages: [
        {
          id: "p",
          title: { fi: "P" },
          elements: [
            { type: "date", key: "from", label: { fi: "Alku" } },
            {
              type: "date",
              key: "to",
              label: { fi: "Loppu" },
              rules: [
                { kind: "compare", operator: "greaterOrEqual", field: "from" },
                { kind: "atLeastOne", fields: ["from"] },
              ],
            },
            {
              type: "shortText",
              key: "why",
              label: { fi: "Miksi" },
              visibleIf: { field: "to", operator: "greaterThanField", otherField: "from" },
            },
          ],
        },
      ],
    });
    const renamed = renameFieldReferences(definition, "from", "start");
    const [, to, why] = renamed.pages[0]!.elements as Array<Record<string, unknown>>;
    expect(to!.rules).toEqual([
      { kind: "compare", operator: "greaterOrEqual", field: "start" },
      { kind: "atLeastOne", fields: ["start"] },
    ]);
    expect(why!.visibleIf).toEqual({ field: "to", operator: "greaterThanField", otherField: "start" });
  });
});
