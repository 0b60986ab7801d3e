// Reads the example definitions in prisma/seed-forms (tests and tooling; never imported by library code).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ZFormDefinition, type TFormDefinition } from "../definition";

export const SEED_SLUGS = ["vahingonkorvausvaatimus", "todistusjaljennos", "taiteilija-apuraha"] as const;

export function readSeedJson(slug: string): unknown {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../../prisma/seed-forms/${slug}.json`, import.meta.url)), "utf8"),
  );
}

export function readSeedForm(slug: string): TFormDefinition {
  return ZFormDefinition.parse(readSeedJson(slug));
}
