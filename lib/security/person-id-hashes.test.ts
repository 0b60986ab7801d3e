import { describe, expect, it } from "vitest";
import { findHenkilotunnukset } from "@/lib/security/person-id-hashes";

describe("findHenkilotunnukset", () => {
  it("finds valid codes in nested answers and free text, normalised, once each", () => {
    const answers = {
      schemaVersion: 1,
      answers: {
        hetu: "010280-952l",
        children: [{ hetu: "131052-308T" }, { hetu: "010280-952L" }],
        message: "Hoidettavan henkilötunnus on 131052-308T.",
      },
    };
    expect(findHenkilotunnukset(answers)).toEqual(["010280-952L", "131052-308T"]);
  });

  it("ignores codes with a wrong checksum and other numbers", () => {
    expect(findHenkilotunnukset({ a: "010280-952K", b: "0401234567", c: 10280952 })).toEqual([]);
  });
});
