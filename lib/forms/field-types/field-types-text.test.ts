import { describe, expect, it } from "vitest";
import { buildAnswerSchema } from "../build-answer-schema";
import { defineSinglePageForm } from "../testing/define-form";
import type { TLanguage } from "../localized-text";

type TElementInput = Record<string, unknown>;

export function check(
  element: TElementInput,
  value: unknown,
  language: TLanguage = "fi",
  today = "2026-06-15",
) {
  const form = defineSinglePageForm([element]);
  const key = String(element.key ?? "");
  const result = buildAnswerSchema(form, { language, today }).safeParse({ [key]: value });
  return result.success
    ? { ok: true as const, value: result.data[key] }
    : {
        ok: false as const,
        messages: result.error.issues.map((issue) => issue.message),
        paths: result.error.issues.map((issue) => issue.path),
      };
}

describe("shortText", () => {
  const field = {
    type: "shortText",
    key: "name",
    label: { fi: "Nimi" },
    settings: { minLength: 2, maxLength: 5 },
  } as const;
  it("trims and accepts within limits", () =>
    expect(check(field, "  Anna ")).toEqual({ ok: true, value: "Anna" }));
  it("rejects too short and too long with localised messages", () => {
    expect(check(field, "A")).toMatchObject({ ok: false, messages: ["Kirjoita vähintään 2 merkkiä."] });
    expect(check(field, "Annikki", "sv")).toMatchObject({ ok: false, messages: ["Skriv högst 5 tecken."] });
  });
  it("applies the pattern with its localised message", () => {
    const patterned = {
      ...field,
      settings: {
        maxLength: 10,
        pattern: "[A-Z]{3}-\\d{3}",
        patternMessage: { fi: "Muoto ABC-123", en: "Format ABC-123" },
      },
    } as const;
    expect(check(patterned, "ABC-123").ok).toBe(true);
    expect(check(patterned, "ABC-12", "en")).toMatchObject({ messages: ["Format ABC-123"] });
    expect(check(patterned, "ABC-12", "sv")).toMatchObject({ messages: ["Muoto ABC-123"] }); // falls back to Finnish
  });
  it("uses the field's own invalid message when given", () => {
    const custom = { ...field, errorMessages: { invalid: { fi: "Oma virhe" } } } as const;
    expect(check(custom, "A")).toMatchObject({ messages: ["Oma virhe"] });
  });
  it("rejects non-strings", () => expect(check(field, 12).ok).toBe(false));
  it("treats a blank value as unanswered", () =>
    expect(check({ ...field, required: true }, "   ")).toMatchObject({
      messages: ["Anna nimi."],
    }));
});

describe("longText", () => {
  const field = {
    type: "longText",
    key: "text",
    label: { fi: "Kuvaus" },
    settings: { maxLength: 10 },
  } as const;
  it("counts CRLF as one character and keeps line breaks", () => {
    expect(check(field, "abcd\r\nefgh")).toEqual({ ok: true, value: "abcd\nefgh" });
    expect(check(field, "abcd\r\nefghij").ok).toBe(false);
  });
  it("strips trailing spaces of lines", () =>
    expect(check(field, "ab  \ncd")).toEqual({ ok: true, value: "ab\ncd" }));
});

describe("number", () => {
  const field = {
    type: "number",
    key: "amount",
    label: { fi: "Summa" },
    settings: { min: 0, max: 10000, unit: "€" },
  } as const;
  it("accepts numbers and Finnish-formatted strings", () => {
    expect(check(field, 12.5)).toEqual({ ok: true, value: 12.5 });
    expect(check(field, "1 234,50")).toEqual({ ok: true, value: 1234.5 });
  });
  it("enforces range, decimals and integers", () => {
    expect(check(field, -1)).toMatchObject({ messages: ["Luvun on oltava vähintään 0."] });
    expect(check(field, 20000, "en")).toMatchObject({ messages: ["The number must be at most 10,000."] });
    expect(check(field, 1.234)).toMatchObject({ messages: ["Käytä enintään 2 desimaalia."] });
    expect(check({ ...field, settings: { isInteger: true } }, 1.5)).toMatchObject({
      messages: ["Anna kokonaisluku."],
    });
    expect(check(field, "abc")).toMatchObject({ messages: ["Anna luku."] });
    expect(check(field, Number.NaN).ok).toBe(false);
  });
});

describe("email", () => {
  const field = { type: "email", key: "email", label: { fi: "Sähköposti" } } as const;
  it("accepts and lower-cases the domain", () =>
    expect(check(field, " Matti.M@Example.FI ")).toEqual({ ok: true, value: "Matti.M@example.fi" }));
  it("rejects invalid addresses", () => {
    expect(check(field, "matti@").ok).toBe(false);
    expect(check(field, "matti example.fi").ok).toBe(false);
  });
});

describe("phone", () => {
  const field = { type: "phone", key: "phone", label: { fi: "Puhelin" } } as const;
  it("normalises to E.164", () => {
    expect(check(field, "040 123 4567")).toEqual({ ok: true, value: "+358401234567" });
    expect(check(field, "+46 70 123 45 67")).toEqual({ ok: true, value: "+46701234567" });
  });
  it("rejects international numbers when only Finnish ones are allowed", () => {
    expect(check({ ...field, settings: { allowInternational: false } }, "+46 70 123 45 67")).toMatchObject({
      messages: ["Anna suomalainen puhelinnumero."],
    });
  });
  it("rejects garbage", () => expect(check(field, "12").ok).toBe(false));
});

describe("date", () => {
  const field = {
    type: "date",
    key: "day",
    label: { fi: "Päivä" },
    settings: { min: "2020-01-01", isNotInFuture: true },
  } as const;
  it("accepts ISO and Finnish formats, normalised to YYYY-MM-DD", () => {
    expect(check(field, "2026-06-15")).toEqual({ ok: true, value: "2026-06-15" });
    expect(check(field, "5.3.2024")).toEqual({ ok: true, value: "2024-03-05" });
  });
  it("rejects impossible dates, dates before min and in the future", () => {
    expect(check(field, "2024-02-30")).toMatchObject({
      messages: ["Päivämäärää 30.2.2024 ei ole olemassa. Tarkista päivä ja kuukausi."],
    });
    expect(check(field, "31.2.2026")).toMatchObject({
      messages: ["Päivämäärää 31.2.2026 ei ole olemassa. Tarkista päivä ja kuukausi."],
    });
    expect(check(field, "huomenna")).toMatchObject({ messages: ["Anna päivämäärä muodossa pp.kk.vvvv."] });
    expect(check(field, "2019-12-31")).toMatchObject({
      messages: ["Päivämäärä voi olla aikaisintaan 1.1.2020."],
    });
    expect(check(field, "2026-06-16")).toMatchObject({
      messages: ["Päivämäärä ei voi olla tulevaisuudessa."],
    });
  });
  it("rejects dates in the past when asked", () => {
    const future = { ...field, settings: { isNotInPast: true } } as const;
    expect(check(future, "2026-06-14").ok).toBe(false);
    expect(check(future, "2026-06-15").ok).toBe(true);
  });
});

describe("time", () => {
  const field = { type: "time", key: "at", label: { fi: "Aika" } } as const;
  it("accepts 14:30 and 9.05", () => {
    expect(check(field, "14:30")).toEqual({ ok: true, value: "14:30" });
    expect(check(field, "9.05")).toEqual({ ok: true, value: "09:05" });
  });
  it("rejects 24:00 and text", () => {
    expect(check(field, "24:00").ok).toBe(false);
    expect(check(field, "noon").ok).toBe(false);
  });
});
