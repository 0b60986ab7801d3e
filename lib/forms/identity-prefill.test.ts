import { describe, expect, it } from "vitest";
import type { TField } from "./definition";
import { canPrefill, prefilledAnswers, type TPrefillIdentity } from "./identity-prefill";

const field = (key: string, type: TField["type"], prefill: TField["prefill"]) =>
  ({ key, type, prefill, label: { fi: key }, required: false, settings: {} }) as unknown as TField;

const TESSA: TPrefillIdentity = {
  firstNames: "Tessa",
  callingName: "Tessa",
  surname: "Testilä",
  henkilotunnus: "010280-952L",
  dateOfBirth: "1980-02-01",
  address: { street: "Mannerheimintie 1 A 5", postalCode: "00100", postOffice: "HELSINKI" },
  municipalityCode: "091",
};

describe("prefilledAnswers", () => {
  it("fills each bound field from the identity in its type's answer shape", () => {
    const fields = [
      field("name", "shortText", "fullName"),
      field("hetu", "personalIdentityCode", "henkilotunnus"),
      field("born", "date", "dateOfBirth"),
      field("home", "address", "address"),
      field("kunta", "municipality", "municipality"),
      field("free", "shortText", undefined),
    ];
    expect(prefilledAnswers(fields, TESSA)).toEqual({
      name: "Tessa Testilä",
      hetu: "010280-952L",
      born: "1980-02-01",
      home: { street: "Mannerheimintie 1 A 5", postalCode: "00100", postOffice: "HELSINKI", country: "FI" },
      kunta: "091",
    });
  });

  it("fills no address for an address-blocked person (the identity has none), the rest still", () => {
    const blocked = { ...TESSA, address: undefined };
    const fields = [
      field("home", "address", "address"),
      field("street", "shortText", "streetAddress"),
      field("zip", "postalCode", "postalCode"),
      field("name", "shortText", "surname"),
    ];
    expect(prefilledAnswers(fields, blocked)).toEqual({ name: "Testilä" });
  });

  it("ignores a binding the field type cannot hold, and attributes the identity lacks", () => {
    expect(canPrefill("number", "henkilotunnus")).toBe(false);
    expect(
      prefilledAnswers([field("n", "number", "henkilotunnus"), field("e", "email", "email")], TESSA),
    ).toEqual({});
  });
});
