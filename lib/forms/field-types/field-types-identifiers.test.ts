import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { vehicleRegistrationNumberFieldType } from "./vehicle-registration-number";
import { check } from "./field-types-text.test";
import { buildAnswerSchema } from "../build-answer-schema";
import { lookupPostalCode } from "../data/postal-codes";
import { defineSinglePageForm } from "../testing/define-form";

describe("personalIdentityCode", () => {
  const field = { type: "personalIdentityCode", key: "hetu", label: { fi: "Henkilötunnus" } } as const;
  it("accepts -, Y and A century signs and upper-cases", () => {
    expect(check(field, "131052-308t")).toEqual({ ok: true, value: "131052-308T" });
    expect(check(field, "010594Y902" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number("010594902") % 31]).ok).toBe(
      true,
    );
    expect(check(field, "010516A903" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number("010516903") % 31]).ok).toBe(
      true,
    );
  });
  it("rejects a wrong checksum with the Finnish message", () => {
    const result = check(field, "131052-308U");
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ messages: [expect.stringContaining("Tarkista henkilötunnus")] });
  });
});

describe("businessId", () => {
  const field = { type: "businessId", key: "ytunnus", label: { fi: "Y-tunnus" } } as const;
  it("normalises and checks the checksum", () => {
    expect(check(field, "01120389")).toEqual({ ok: true, value: "0112038-9" });
    expect(check(field, "0112038-8").ok).toBe(false);
  });
});

describe("vehicleRegistrationNumber", () => {
  const field = {
    type: "vehicleRegistrationNumber",
    key: "rekisteri",
    label: { fi: "Rekisteritunnus" },
  } as const;
  it.each([
    ["ABC-123", "ABC-123"],
    ["abc123", "ABC-123"],
    [" abc 123 ", "ABC-123"],
    ["ABC–123", "ABC-123"],
    ["xy-1", "XY-1"],
    ["ÅLA-12", "ÅLA-12"],
    ["äö-99", "ÄÖ-99"],
    ["CD-1234", "CD-1234"],
    ["C-12345", "C-12345"],
  ])("accepts %j as %j", (input, expected) => {
    expect(check(field, input)).toEqual({ ok: true, value: expected });
  });
  it.each(["ABCD-123", "ABC-1234", "ABC-012", "123-ABC", "ABC", "123", "AB-C12", "CD-12345", "ABC-12a"])(
    "refuses %j with the message in the person's language",
    (input) => {
      expect(check(field, input)).toMatchObject({
        ok: false,
        messages: [expect.stringContaining("Tarkista rekisteritunnus")],
      });
    },
  );
  it("publishes a JSON Schema that target systems can check the normalised value with", () => {
    const validate = new Ajv2020({ strict: false }).compile(
      vehicleRegistrationNumberFieldType.toJsonSchema(
        defineSinglePageForm([field]).pages[0]!.elements[0] as never,
      ),
    );
    for (const value of ["ABC-123", "ÅLA-12", "X-1", "CD-1234", "C-12345"])
      expect(validate(value), value).toBe(true);
    for (const value of ["abc-123", "ABC123", "ABC-012", "ABCD-1"])
      expect(validate(value), value).toBe(false);
  });
  it("says so in Swedish and English too", () => {
    expect(check(field, "ABCD-1", "sv")).toMatchObject({
      messages: [expect.stringContaining("registreringsnumret")],
    });
    expect(check(field, "ABCD-1", "en")).toMatchObject({
      messages: [expect.stringContaining("vehicle registration number")],
    });
  });
});

describe("iban", () => {
  const field = { type: "iban", key: "iban", label: { fi: "Tilinumero" } } as const;
  it("accepts spaces and returns the electronic format", () => {
    expect(check(field, "fi49 5000 9420 0287 30")).toEqual({ ok: true, value: "FI4950009420028730" });
  });
  it("rejects a Finnish IBAN of the wrong length and foreign ones when Finnish only", () => {
    expect(check(field, "FI49 5000 9420 0287 3").ok).toBe(false);
    expect(
      check({ ...field, settings: { isFinnishOnly: true } }, "SE45 5000 0000 0583 9825 7466"),
    ).toMatchObject({
      messages: ["Anna suomalainen tilinumero (alkaa FI)."],
    });
    expect(check(field, "SE45 5000 0000 0583 9825 7466").ok).toBe(true);
  });
});

describe("postalCode", () => {
  const field = { type: "postalCode", key: "zip", label: { fi: "Postinumero" } } as const;
  it("checks the format without a lookup", () => {
    expect(check(field, "00100")).toEqual({ ok: true, value: "00100" });
    expect(check(field, "0010").ok).toBe(false);
    expect(check(field, "99999").ok).toBe(true);
  });
  it("checks existence with the injected lookup", () => {
    const form = defineSinglePageForm([field]);
    const schema = buildAnswerSchema(form, { language: "fi", lookups: { postalCode: lookupPostalCode } });
    expect(schema.safeParse({ zip: "00100" }).success).toBe(true);
    expect(schema.safeParse({ zip: "99999" }).success).toBe(true); // Korvatunturi
    const unknown = schema.safeParse({ zip: "12345" });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.message).toBe("Postinumeroa ei löydy. Tarkista postinumero.");
    expect(lookupPostalCode("00100")).toMatchObject({
      nameFi: "HELSINKI",
      nameSv: "HELSINGFORS",
      municipalityCode: "091",
    });
    expect(lookupPostalCode("__proto__")).toBeUndefined();
  });
});

describe("address", () => {
  const field = { type: "address", key: "address", label: { fi: "Osoite" }, required: true } as const;
  it("accepts a Finnish address and defaults the country", () => {
    expect(check(field, { street: "Katu 1", postalCode: "00100", postOffice: "Helsinki" })).toEqual({
      ok: true,
      value: { street: "Katu 1", postalCode: "00100", postOffice: "HELSINKI", country: "FI" },
    });
  });
  it("points at the missing or invalid part", () => {
    const result = check(field, { street: "Katu 1", postalCode: "001", postOffice: "" });
    expect(result).toMatchObject({
      ok: false,
      paths: expect.arrayContaining([
        ["address", "postOffice"],
        ["address", "postalCode"],
      ]),
    });
  });
  it("allows foreign addresses only when enabled", () => {
    const foreign = { street: "Storgatan 1", postalCode: "111 22", postOffice: "Stockholm", country: "SE" };
    expect(check(field, foreign).ok).toBe(false); // only Finland allowed
    expect(check({ ...field, settings: { allowForeign: true } }, foreign)).toEqual({
      ok: true,
      value: foreign,
    });
    expect(check({ ...field, settings: { allowForeign: true } }, { ...foreign, country: "XX" }).ok).toBe(
      false,
    );
  });
  it("requires the address when all parts are blank", () => {
    expect(check(field, { street: "", postalCode: "", postOffice: "" })).toMatchObject({
      paths: [["address"]],
    });
  });
});

describe("municipality and country", () => {
  it("accepts official municipality codes and optional restriction", () => {
    const field = { type: "municipality", key: "kunta", label: { fi: "Kunta" } } as const;
    expect(check(field, "091")).toEqual({ ok: true, value: "091" });
    expect(check(field, "999").ok).toBe(false);
    expect(check({ ...field, settings: { allowedCodes: ["049"] } }, "091").ok).toBe(false);
  });
  it("accepts ISO alpha-2 codes, upper-cased", () => {
    const field = { type: "country", key: "maa", label: { fi: "Maa" } } as const;
    expect(check(field, "se")).toEqual({ ok: true, value: "SE" });
    expect(check(field, "XX").ok).toBe(false);
  });
});
