import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSchemaFiles } from "@/lib/db/schema-engine";
import { SNAPSHOT_PATH, snapshotOfSchema } from "@/lib/db/schema-snapshot";

describe("migrations", () => {
  it("cover every change in prisma/schema (run `npm run db:migration -- --name …` after editing it)", () => {
    expect(readFileSync(SNAPSHOT_PATH, "utf8")).toBe(snapshotOfSchema(readSchemaFiles()));
  });
});
