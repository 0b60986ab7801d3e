import { describe, expect, it } from "vitest";
import { isValidBusinessId, normaliseBusinessId } from "./business-id";
import { formatIban, isValidIban, normaliseIban } from "./iban";
import { parsePhoneNumber } from "./phone-number";
import { getCountryName, isCountryCode } from "./countries";

describe("business ID (Y-tunnus)", () => {
  it("checks the checksum", () => {
    expect(isValidBusinessId("0112038-9")).toBe(true); // Nokia Oyj
    expect(isValidBusinessId("0112038-8")).toBe(false);
    expect(isValidBusinessId("1572860-0")).toBe(true);
  });
  it("normalises missing dash, spaces and the old six-digit form", () => {
    expect(normaliseBusinessId("01120389")).toBe("0112038-9");
    expect(normaliseBusinessId(" 0112038 -9 ")).toBe("0112038-9");
    expect(normaliseBusinessId("112038-9")).toBe("0112038-9");
  });
});

describe("IBAN", () => {
  it("accepts Finnish IBANs with spaces and lower case, 18 characters", () => {
    expect(isValidIban("FI49 5000 9420 0287 30")).toBe(true);
    expect(isValidIban("fi4950009420028730")).toBe(true);
    expect(normaliseIban("FI49 5000 9420 0287 30")).toBe("FI4950009420028730");
    expect(normaliseIban("FI49 5000 9420 0287 30")).toHaveLength(18);
    expect(formatIban("FI4950009420028730")).toBe("FI49 5000 9420 0287 30");
  });
  it("rejects a wrong mod-97 check, a wrong Finnish length and garbage", () => {
    expect(isValidIban("FI49 5000 9420 0287 31")).toBe(false);
    expect(isValidIban("FI49 5000 9420 0287 3")).toBe(false);
    expect(isValidIban("FI49 5000 9420 0287 300")).toBe(false);
    expect(isValidIban("not an iban")).toBe(false);
  });
  it("accepts other countries' IBANs", () => {
    expect(isValidIban("SE45 5000 0000 0583 9825 7466")).toBe(true);
    expect(isValidIban("DE89 3704 0044 0532 0130 00")).toBe(true);
    expect(isValidIban("DE89 3704 0044 0532 0130 01")).toBe(false);
  });
});

describe("phone numbers", () => {
  it("normalises Finnish and international numbers to E.164", () => {
    expect(parsePhoneNumber("040 123 4567")?.e164).toBe("+358401234567");
    expect(parsePhoneNumber("+358 40 123 4567")?.e164).toBe("+358401234567");
    expect(parsePhoneNumber("00358401234567")?.e164).toBe("+358401234567");
    expect(parsePhoneNumber("09 310 1691")?.e164).toBe("+35893101691");
    expect(parsePhoneNumber("+46 70 123 45 67")?.country).toBe("SE");
  });
  it("rejects non-numbers", () => {
    expect(parsePhoneNumber("123")).toBeUndefined();
    expect(parsePhoneNumber("phone")).toBeUndefined();
  });
});

describe("countries", () => {
  it("knows ISO 3166 codes and localised names", () => {
    expect(isCountryCode("FI")).toBe(true);
    expect(isCountryCode("XX")).toBe(false);
    expect(isCountryCode("FIN")).toBe(false);
    expect(getCountryName("SE", "fi")).toBe("Ruotsi");
    expect(getCountryName("FI", "sv")).toBe("Finland");
    expect(getCountryName("DE", "en")).toBe("Germany");
  });
});
