import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { buildAnswerSchema } from "./build-answer-schema";
import { buildAnswersJsonSchema } from "./build-answers-json-schema";
import { toCanonicalAnswers } from "./canonical-answers";
import { readSeedForm } from "./testing/read-seed-forms";

describe("buildAnswersJsonSchema", () => {
  it("describes the answers a target system receives for a seed form", () => {
    const form = readSeedForm("taiteilija-apuraha");
    const answers = buildAnswerSchema(form, { language: "fi", today: "2026-12-15" }).parse({
      fullName: "Aino Taiteilija",
      personalIdentityCode: "131052-308T",
      address: { street: "Ateljeekuja 2", postalCode: "00100", postOffice: "Helsinki" },
      phone: "040 123 4567",
      email: "aino@example.fi",
      homeMunicipality: "091",
      iban: "FI49 5000 9420 0287 30",
      artForm: "music",
      workStart: "2027-02-01",
      workMonths: "6",
      workPlan: "Sävellän kantaatin.",
      amountApplied: "6000",
      hasPreviousGrants: true,
      previousGrants: [{ grantor: "Taiteen edistämiskeskus", grantYear: 2024, grantAmount: "3000" }],
      cv: [{ id: "1", name: "cv.pdf", size: 1000, sha256: "a".repeat(64), mediaType: "application/pdf" }],
      confirmTruthful: true,
    });
    const validate = new Ajv2020({ strict: false }).compile(buildAnswersJsonSchema(form));
    const canonical = toCanonicalAnswers(form, answers);
    const received = { schemaVersion: 1, values: canonical.answers, labels: { fullName: "Nimi" } };
    expect(validate(received), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...received, values: { ...received.values, amountApplied: "lots" } })).toBe(false);
    expect(validate({ ...received, values: { ...received.values, unknownField: "x" } })).toBe(false);
  });
});
