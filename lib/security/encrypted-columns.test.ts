import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENCRYPTED_COLUMNS } from "@/lib/security/encrypted-columns";

const SCHEMA_DIR = join(process.cwd(), "prisma", "schema");

/** Every `<name>Encrypted` field of every model, with its @map column and its model's @@map table. */
function encryptedFieldsInSchema() {
  const found: { model: string; field: string; table: string; column: string; type: string }[] = [];
  for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith(".prisma"))) {
    const text = readFileSync(join(SCHEMA_DIR, file), "utf8");
    for (const match of text.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
      const [, model, body] = match as unknown as [string, string, string];
      const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? model;
      for (const line of body.split("\n")) {
        const field = /^\s+(\w+Encrypted)\s+(\w+)\??\s.*@map\("([^"]+)"\)/.exec(line);
        if (field) found.push({ model, field: field[1]!, type: field[2]!, table, column: field[3]! });
      }
    }
  }
  return found;
}

describe("the list of encrypted columns", () => {
  it("names every *Encrypted field of the Prisma schema, with its table, column and kind", () => {
    const inSchema = encryptedFieldsInSchema();
    expect(inSchema.length).toBeGreaterThanOrEqual(12);
    const listed = ENCRYPTED_COLUMNS.map(({ model, field, table, column, kind }) => ({
      model,
      field,
      table,
      column,
      type: kind === "text" ? "String" : "Bytes",
    }));
    const key = (entry: { model: string; field: string }) => `${entry.model}.${entry.field}`;
    expect(listed.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      inSchema.sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it("binds each column to a context that names the row, or a fixed historic one", () => {
    for (const column of ENCRYPTED_COLUMNS) {
      const context = column.context("11111111-2222-3333-4444-555555555555");
      if (column.table !== "suomifi_connection")
        expect(context).toContain("11111111-2222-3333-4444-555555555555");
      expect(context.length).toBeGreaterThan(5);
    }
  });
});
