import { describe, expect, it } from "vitest";
import { buildHandoffFields, PostHandoffFieldError } from "./post-handoff";
import { DVV_POST_PROFILE_TEMPLATE, SANDBOX_POST_PROFILE, ZPostProfile } from "./post-profile";

const profile = SANDBOX_POST_PROFILE("http://127.0.0.1:3001/");
const input = {
  organisationId: "org",
  serviceId: "service",
  returnUrl: "https://lomake.example/f/a/b/sent",
  title: "Hakemus",
  language: "fi" as const,
  body: "Rivi 1  \r\nRivi 2",
};

describe("buildHandoffFields", () => {
  it("returns the hidden fields in profile order and the normalised text field", () => {
    const handoff = buildHandoffFields(profile, input);
    expect(handoff.actionUrl).toBe("http://127.0.0.1:3001/post-api/v1/messages");
    expect(handoff.hiddenFields.map((field) => [field.name, field.value])).toEqual([
      ["ViranomaisTunnus", "org"],
      ["PalveluTunnus", "service"],
      ["PaluuOsoite", "https://lomake.example/f/a/b/sent"],
      ["Otsikko", "Hakemus"],
      ["Kieli", "fi"],
    ]);
    expect(handoff.textField).toMatchObject({ name: "Viesti", value: "Rivi 1\nRivi 2", maxLength: 4000 });
    expect(handoff.fileFieldName).toBe("Liite");
  });

  it("names a missing mandatory field", () => {
    expect(() => buildHandoffFields(profile, { ...input, serviceId: " " })).toThrow(
      expect.objectContaining({ fieldName: "PalveluTunnus", problem: "missing" }),
    );
  });

  it("names a field that is too long, counting CRLF as one character", () => {
    expect(() => buildHandoffFields(profile, { ...input, title: "x".repeat(257) })).toThrow(
      PostHandoffFieldError,
    );
    expect(() => buildHandoffFields(profile, { ...input, title: "x".repeat(257) })).toThrow(/Otsikko/);
    expect(
      buildHandoffFields(profile, { ...input, body: `${"a".repeat(3998)}\r\nb` }).textField.value,
    ).toHaveLength(4000);
    expect(() => buildHandoffFields(profile, { ...input, body: `${"a".repeat(3999)}\r\nb` })).toThrow(
      expect.objectContaining({ fieldName: "Viesti", problem: "too-long", maxLength: 4000 }),
    );
  });

  it("has valid sandbox and DVV template profiles, the template without an outcome parameter", () => {
    expect(ZPostProfile.parse(profile).outcomeParameter?.name).toBe("outcome");
    expect(ZPostProfile.parse(DVV_POST_PROFILE_TEMPLATE).outcomeParameter).toBeUndefined();
    expect(DVV_POST_PROFILE_TEMPLATE.note).toMatch(/Table 2/);
  });
});
