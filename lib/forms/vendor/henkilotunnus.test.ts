import { describe, expect, it } from "vitest";
import { FinnishSSN } from "finnish-ssn";
import { henkilotunnusChecksum, isValidHenkilotunnus, parseHenkilotunnus } from "./henkilotunnus";

/** Builds a valid code from its parts with the official rule, independently of the package. */
function build(date: string, sign: string, individual: string): string {
  const table = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  return `${date}${sign}${individual}${table[Number(date + individual) % 31]}`;
}

describe("henkilötunnus", () => {
  it("accepts the classic example and computes its checksum", () => {
    expect(henkilotunnusChecksum("131052", "308")).toBe("T");
    expect(isValidHenkilotunnus("131052-308T")).toBe(true);
    expect(parseHenkilotunnus("131052-308T")).toEqual({ dateOfBirth: "1952-10-13" });
  });

  it.each(["-", "Y", "X", "W", "V", "U"])("accepts the 1900s century sign %s", (sign) => {
    const code = build("010594", sign, "902");
    expect(isValidHenkilotunnus(code)).toBe(true);
    expect(FinnishSSN.validate(code)).toBe(true);
    expect(parseHenkilotunnus(code)?.dateOfBirth).toBe("1994-05-01");
  });

  it.each(["A", "B", "C", "D", "E", "F"])("accepts the 2000s century sign %s", (sign) => {
    const code = build("010516", sign, "903");
    expect(isValidHenkilotunnus(code)).toBe(true);
    expect(parseHenkilotunnus(code)?.dateOfBirth).toBe("2016-05-01");
  });

  it("accepts the 1800s sign +", () => {
    expect(parseHenkilotunnus(build("311299", "+", "123"))?.dateOfBirth).toBe("1899-12-31");
  });

  it("normalises lower case and spaces", () => {
    expect(isValidHenkilotunnus(" 010516a903" + build("010516", "A", "903").slice(-1).toLowerCase())).toBe(
      true,
    );
  });

  it("rejects a wrong checksum, an impossible date, unknown century signs and individual numbers 000–001", () => {
    expect(isValidHenkilotunnus("131052-308U")).toBe(false);
    expect(isValidHenkilotunnus(build("310298", "-", "123"))).toBe(false); // 31 February
    expect(isValidHenkilotunnus(build("290201", "A", "123"))).toBe(false); // 2001 is not a leap year
    expect(isValidHenkilotunnus(build("290200", "A", "123"))).toBe(true); // 2000 is
    expect(isValidHenkilotunnus(build("010594", "G", "902"))).toBe(false);
    expect(isValidHenkilotunnus(build("010594", "Z", "902"))).toBe(false);
    expect(isValidHenkilotunnus(build("010594", "-", "001"))).toBe(false);
    expect(isValidHenkilotunnus("131052308T")).toBe(false);
    expect(isValidHenkilotunnus("")).toBe(false);
  });
});
