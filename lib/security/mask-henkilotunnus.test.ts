import { describe, expect, it } from "vitest";
import { maskHenkilotunnus, maskHenkilotunnusInText } from "@/lib/security/mask-henkilotunnus";

describe("maskHenkilotunnus", () => {
  it.each([
    ["010280-952L", "010280-****"],
    [" 010280-952l ", "010280-****"],
    ["131052-308T", "131052-****"],
    ["010100A123D", "010100A****"],
    ["311299+9872", "311299+****"],
    ["010594Y9021", "010594Y****"],
  ])("%s → %s", (code, masked) => {
    expect(maskHenkilotunnus(code)).toBe(masked);
    expect(maskHenkilotunnus(code)).not.toMatch(/\d{3}[0-9A-Y]$/);
  });

  it("gives only stars for anything not shaped like a henkilötunnus", () => {
    expect(maskHenkilotunnus("Matti Meikäläinen")).toBe("****");
    expect(maskHenkilotunnus("")).toBe("****");
  });
});

describe("maskHenkilotunnusInText", () => {
  it("masks every henkilötunnus in free text and leaves other numbers alone", () => {
    expect(
      maskHenkilotunnusInText(
        "Hakija 010280-952L ja huoltaja 131052-308t, puhelin 0401234567, viite LMK-7F3K-9Q2D",
      ),
    ).toBe("Hakija 010280-**** ja huoltaja 131052-****, puhelin 0401234567, viite LMK-7F3K-9Q2D");
  });
});
