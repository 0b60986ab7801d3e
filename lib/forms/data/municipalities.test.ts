import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildMunicipalitiesSource, readPostalCodeDataset } from "@/scripts/forms/generate-municipalities";
import { findMunicipality, listMunicipalities, municipalityName } from "./municipalities";

describe("municipalities", () => {
  it("has official codes with Finnish and Swedish names", () => {
    const helsinki = findMunicipality("091")!;
    expect(helsinki).toEqual({ code: "091", nameFi: "Helsinki", nameSv: "Helsingfors" });
    expect(municipalityName(helsinki, "sv")).toBe("Helsingfors");
    expect(municipalityName(findMunicipality("049")!, "en")).toBe("Espoo");
    expect(findMunicipality("000")).toBeUndefined();
    expect(listMunicipalities().length).toBeGreaterThan(300);
  });

  it("matches the installed postal-code dataset (run: npx tsx scripts/forms/generate-municipalities.ts)", () => {
    const { records, datasetDate } = readPostalCodeDataset();
    const committed = readFileSync(
      fileURLToPath(new URL("./municipalities.generated.ts", import.meta.url)),
      "utf8",
    );
    expect(committed).toBe(buildMunicipalitiesSource(records, datasetDate));
  });
});
