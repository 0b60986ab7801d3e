import { describe, expect, it } from "vitest";
import { ZSavePaperMailSettings } from "./paper-mail-settings";

const address = { name: "Kirjaamo", streetAddress: "Kirkkokatu 1", zipCode: "00170", city: "HELSINKI" };

describe("ZSavePaperMailSettings", () => {
  it("reads an unchecked box (absent from the form) as off, with or without an address", () => {
    expect(ZSavePaperMailSettings.parse({})).toEqual({ isPaperMailEnabled: false, sender: null });
    expect(ZSavePaperMailSettings.parse({ ...address, countryCode: "fi" })).toEqual({
      isPaperMailEnabled: false,
      sender: { ...address, countryCode: "FI" },
    });
  });

  it("refuses to turn paper mail on without a return address", () => {
    const result = ZSavePaperMailSettings.safeParse({ isPaperMailEnabled: "on", name: "Kirjaamo" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["senderAddressRequired"]);
  });

  it("turns it on with the address", () => {
    expect(ZSavePaperMailSettings.parse({ isPaperMailEnabled: "on", ...address })).toMatchObject({
      isPaperMailEnabled: true,
      sender: { city: "HELSINKI", countryCode: "FI" },
    });
  });
});
