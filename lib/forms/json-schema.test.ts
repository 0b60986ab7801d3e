import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "./definition";
import { renderFormDefinitionJsonSchema } from "@/scripts/forms/write-json-schema";
import { readSeedJson, SEED_SLUGS } from "./testing/read-seed-forms";

const committedPath = fileURLToPath(new URL("./form-definition.schema.json", import.meta.url));

describe("form-definition.schema.json", () => {
  const committed = readFileSync(committedPath, "utf8");

  it("is up to date with ZFormDefinition (run: npx tsx scripts/forms/write-json-schema.ts)", () => {
    // Compared as data so that formatting (prettier) does not matter.
    expect(JSON.parse(committed)).toEqual(JSON.parse(renderFormDefinitionJsonSchema()));
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(committed));

  it.each(SEED_SLUGS)("validates the seed form %s, which zod also accepts", (slug) => {
    const json = readSeedJson(slug);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(ZFormDefinition.safeParse(json).success).toBe(true);
  });

  it("rejects definitions zod rejects", () => {
    const json = readSeedJson("todistusjaljennos") as {
      pages: Array<{ elements: Array<Record<string, unknown>> }>;
    };
    const broken = structuredClone(json);
    broken.pages[0]!.elements[0]!.type = "nonsense";
    expect(validate(broken)).toBe(false);
    expect(validate({ ...json, schemaVersion: 2 })).toBe(false);
    const noFinnish = structuredClone(json) as unknown as { title: Record<string, string> };
    delete noFinnish.title.fi;
    expect(validate(noFinnish)).toBe(false);
  });
});
