import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAnswerSchema } from "./build-answer-schema";
import { canonicalAnswersJson, canonicalJson } from "./canonical-answers";
import { ZFormDefinition, type TFormDefinition } from "./definition";
import { estimateMessageLength } from "./estimate-message-length";
import { countMessageCharacters, renderAnswersText } from "./render-answers-text";
import { validateDefinition } from "./validate-definition";

const CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const choices = [
  { value: "a", label: { fi: "Vaihtoehto A" } },
  { value: "b", label: { fi: "Vaihtoehto B" } },
];

/** One generated field plus generators of values it must accept and must reject. */
interface TCase {
  field: Record<string, unknown>;
  valid: fc.Arbitrary<unknown>;
  invalid: fc.Arbitrary<unknown>;
}

const text = (min: number, max: number) =>
  fc
    .string({ minLength: min, maxLength: max, unit: fc.constantFrom(..."abcåäöXYZ 123-") })
    .filter((value) => value.trim().length >= min);

const henkilotunnus = fc
  .record({
    date: fc.date({
      min: new Date("1900-01-01T00:00:00Z"),
      max: new Date("2029-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
    individual: fc.integer({ min: 2, max: 899 }),
    sign: fc.nat(5),
  })
  .map(({ date, individual, sign }) => {
    const year = date.getUTCFullYear();
    const digits = `${String(date.getUTCDate()).padStart(2, "0")}${String(date.getUTCMonth() + 1).padStart(2, "0")}${String(year % 100).padStart(2, "0")}`;
    const number = String(individual).padStart(3, "0");
    const centurySign = year >= 2000 ? "ABCDEF"[sign] : "-YXWVU"[sign];
    return `${digits}${centurySign}${number}${CHECK[Number(digits + number) % 31]}`;
  });

const caseArbitrary: fc.Arbitrary<(key: string) => TCase> = fc.oneof(
  fc
    .record({ min: fc.integer({ min: 1, max: 5 }), extra: fc.integer({ min: 0, max: 20 }) })
    .map(({ min, extra }) => (key: string) => ({
      field: {
        type: "shortText",
        key,
        label: { fi: key },
        settings: { minLength: min, maxLength: min + extra },
      },
      valid: text(min, min + extra)
        .map((value) => value.trim())
        .filter((value) => value.length >= min && value.length <= min + extra),
      invalid: text(min + extra + 1, min + extra + 10).filter((value) => value.trim().length > min + extra),
    })),
  fc
    .record({ min: fc.integer({ min: -1000, max: 1000 }), span: fc.integer({ min: 0, max: 5000 }) })
    .map(({ min, span }) => (key: string) => ({
      field: { type: "number", key, label: { fi: key }, settings: { isInteger: true, min, max: min + span } },
      valid: fc.integer({ min, max: min + span }),
      invalid: fc.oneof(
        fc.integer({ min: min + span + 1 }),
        fc.integer({ max: min - 1 }),
        fc.constant("ei luku"),
      ),
    })),
  fc.constant((key: string) => ({
    field: { type: "date", key, label: { fi: key }, settings: { min: "2000-01-01", max: "2030-12-31" } },
    valid: fc
      .date({
        min: new Date("2000-01-01T00:00:00Z"),
        max: new Date("2030-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10)),
    invalid: fc.oneof(
      fc.constantFrom("2024-02-30", "1999-12-31", "2031-01-01", "31.12.1999"),
      fc.string().filter((value) => value.trim() !== "" && !/^\d/.test(value)),
    ),
  })),
  fc.constant((key: string) => ({
    field: { type: "singleChoice", key, label: { fi: key }, settings: { choices } },
    valid: fc.constantFrom("a", "b"),
    invalid: fc
      .string({ minLength: 1 })
      .filter((value) => value.trim() !== "" && value !== "a" && value !== "b"),
  })),
  fc.constant((key: string) => ({
    field: { type: "multipleChoice", key, label: { fi: key }, settings: { choices, maxSelections: 1 } },
    valid: fc.constantFrom(["a"], ["b"]),
    invalid: fc.constantFrom(["a", "b"], ["c"]),
  })),
  fc.constant((key: string) => ({
    field: { type: "personalIdentityCode", key, label: { fi: key } },
    valid: henkilotunnus,
    invalid: fc
      .tuple(henkilotunnus, fc.integer({ min: 1, max: 30 }))
      .map(([code, shift]) => code.slice(0, 10) + CHECK[(CHECK.indexOf(code[10]!) + shift) % 31]),
  })),
  fc.constant((key: string) => ({
    field: { type: "yesNo", key, label: { fi: key } },
    valid: fc.boolean(),
    invalid: fc.oneof(fc.integer(), fc.constantFrom("maybe", "kyllä")),
  })),
  fc.constant((key: string) => ({
    field: { type: "iban", key, label: { fi: key } },
    valid: fc.constantFrom(
      "FI49 5000 9420 0287 30",
      "FI2112345600000785",
      "SE4550000000058398257466",
      "DE89370400440532013000",
    ),
    invalid: fc.constantFrom("FI49 5000 9420 0287 31", "FI211234560000078", "DE89370400440532013001", "XX00"),
  })),
);

const formCases = fc.array(caseArbitrary, { minLength: 1, maxLength: 6 }).map((makers) => {
  const cases = makers.map((make, index) => make(`f${index}`));
  const definition: TFormDefinition = ZFormDefinition.parse({
    schemaVersion: 1,
    title: { fi: "Generoitu" },
    pages: [{ id: "p", title: { fi: "Sivu" }, elements: cases.map((testCase) => testCase.field) }],
  });
  return { definition, cases };
});

describe("property: answer validation", () => {
  it("never throws, whatever the answers", () => {
    fc.assert(
      fc.property(
        formCases,
        fc.jsonValue(),
        fc.dictionary(fc.constantFrom("f0", "f1", "f2", "x"), fc.anything()),
        ({ definition }, json, dictionary) => {
          const schema = buildAnswerSchema(definition, { language: "fi" });
          for (const input of [json, dictionary, undefined, null, []]) {
            const result = schema.safeParse(input);
            if (result.success) {
              // Whatever passes must also render and serialise.
              expect(() => renderAnswersText(definition, result.data, { language: "fi" })).not.toThrow();
              expect(() => canonicalAnswersJson(definition, result.data)).not.toThrow();
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("accepts values generated as valid, and the rendering fits the worst-case estimate", () => {
    fc.assert(
      fc.property(
        formCases.chain(({ definition, cases }) =>
          fc.tuple(fc.constant(definition), fc.tuple(...cases.map((testCase) => testCase.valid))),
        ),
        ([definition, values]) => {
          const input = Object.fromEntries(values.map((value, index) => [`f${index}`, value]));
          const result = buildAnswerSchema(definition, { language: "sv" }).safeParse(input);
          expect(result.error?.issues ?? []).toEqual([]);
          const text = renderAnswersText(definition, result.data!, { language: "fi" });
          expect(countMessageCharacters(text)).toBeLessThanOrEqual(
            estimateMessageLength(definition)[0]!.worstCase,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("rejects a value generated as invalid, at that field's path", () => {
    fc.assert(
      fc.property(
        formCases.chain(({ definition, cases }) =>
          fc
            .tuple(fc.constant(definition), fc.nat(cases.length - 1))
            .chain(([definition, badIndex]) =>
              fc.tuple(
                fc.constant(definition),
                fc.constant(badIndex),
                fc.tuple(
                  ...cases.map((testCase, index) => (index === badIndex ? testCase.invalid : testCase.valid)),
                ),
              ),
            ),
        ),
        ([definition, badIndex, values]) => {
          const input = Object.fromEntries(values.map((value, index) => [`f${index}`, value]));
          const result = buildAnswerSchema(definition, { language: "en" }).safeParse(input);
          expect(result.success).toBe(false);
          expect(result.error!.issues.every((issue) => issue.path[0] === `f${badIndex}`)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("conditions on earlier fields pass the definition checks; on later fields they never do", () => {
    fc.assert(
      fc.property(formCases, ({ definition }) => {
        const elements = definition.pages[0]!.elements;
        const withConditions = (offset: number) =>
          ZFormDefinition.parse({
            ...definition,
            pages: [
              {
                ...definition.pages[0],
                elements: elements.map((element, index) =>
                  elements[index + offset] && index + offset !== index
                    ? { ...element, visibleIf: { field: `f${index + offset}`, operator: "notEmpty" } }
                    : element,
                ),
              },
            ],
          });
        expect(validateDefinition(withConditions(-1))).toEqual([]);
        const forward = validateDefinition(withConditions(1)).map((diagnostic) => diagnostic.code);
        expect(forward.every((code) => code === "conditionLaterField")).toBe(true);
        expect(forward).toHaveLength(Math.max(0, elements.length - 1));
        expect(() =>
          buildAnswerSchema(withConditions(-1), { language: "fi" }).safeParse({ f0: "x" }),
        ).not.toThrow();
      }),
      { numRuns: 50 },
    );
  });
});

describe("property: canonical JSON", () => {
  const shuffle = (value: unknown, seed: number): unknown => {
    if (Array.isArray(value)) return value.map((item) => shuffle(item, seed));
    if (value && typeof value === "object") {
      const entries = Object.entries(value);
      const rotated = entries
        .slice(seed % Math.max(entries.length, 1))
        .concat(entries.slice(0, seed % Math.max(entries.length, 1)));
      return Object.fromEntries(rotated.reverse().map(([key, nested]) => [key, shuffle(nested, seed + 1)]));
    }
    return value;
  };

  it("is the same for the same data in any key order, and stable through a round trip", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(10), (value, seed) => {
        const canonical = canonicalJson(value);
        expect(canonicalJson(shuffle(value, seed))).toBe(canonical);
        expect(canonicalJson(JSON.parse(canonical))).toBe(canonical);
      }),
      { numRuns: 300 },
    );
  });
});
