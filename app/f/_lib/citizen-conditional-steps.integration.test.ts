// Without JavaScript a conditional question appears only after the page is sent: the person is told that new
// questions appeared, and is not shown errors for questions they have not seen yet. With the script (no
// `_shown` in the post) the server reports every missing answer as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma } from "@/lib/db/prisma";
import {
  citizenBrowser,
  createCitizenTestForm,
  formData,
  type TCitizenTestForm,
} from "@/lib/citizen/testing/citizen-fixtures";
import { POST as postStep } from "../[org]/[form]/step/[page]/route";

const label = (text: string) => ({ fi: text, sv: text, en: text });
const DEFINITION = {
  schemaVersion: 1,
  languages: ["fi", "sv", "en"],
  title: label("Ehdot"),
  pages: [
    {
      id: "p1",
      title: label("Vahinko"),
      elements: [
        {
          type: "singleChoice",
          key: "kind",
          label: label("Laji"),
          required: true,
          settings: {
            display: "radio",
            choices: [
              { value: "car", label: label("Auto") },
              { value: "other", label: label("Muu") },
            ],
          },
        },
        { type: "shortText", key: "place", label: label("Paikka"), required: true },
        {
          type: "shortText",
          key: "plate",
          label: label("Rekisteritunnus"),
          required: true,
          visibleIf: { field: "kind", operator: "equals", value: "car" },
        },
      ],
    },
    {
      id: "p2",
      title: label("Loppu"),
      elements: [{ type: "shortText", key: "note", label: label("Huomio") }],
    },
  ],
};

let fixture: TCitizenTestForm;

beforeAll(async () => {
  fixture = await createCitizenTestForm(DEFINITION);
});

afterAll(async () => {
  await disconnectPrisma();
});

const post = (browser: ReturnType<typeof citizenBrowser>, fields: Record<string, string>) =>
  browser.call(
    postStep,
    `${fixture.base}/step/p1`,
    { ...fixture.params, page: "p1" },
    {
      method: "POST",
      body: formData({ ...fields, _action: "continue" }),
    },
  );

describe("conditional questions without JavaScript", () => {
  it("a newly revealed question gets a notice, not an error; other missing answers are still reported", async () => {
    const browser = citizenBrowser();
    const first = await post(browser, { kind: "car", _shown: "" });
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain("Vastaustesi perusteella lomakkeella on nyt lisää kysymyksiä.");
    expect(html).toContain("Paikka: Anna paikka.");
    expect(html).not.toContain("Rekisteritunnus: Anna rekisteritunnus.");
    // The re-rendered page says it now shows the plate question.
    expect(html).toMatch(/name="_shown" value="plate"/);

    const second = await post(browser, { kind: "car", place: "Tori", plate: "", _shown: "plate" });
    const secondHtml = await second.text();
    expect(secondHtml).toContain("Rekisteritunnus: Anna rekisteritunnus.");
    expect(secondHtml).not.toContain("lisää kysymyksiä");

    const third = await post(browser, { kind: "car", place: "Tori", plate: "ABC-123", _shown: "plate" });
    expect(third.status).toBe(303);
    expect(third.headers.get("location")).toContain("/step/p2");
  });

  it("even with everything else answered, a revealed question stops the page once", async () => {
    const browser = citizenBrowser();
    const response = await post(browser, { kind: "car", place: "Tori", _shown: "" });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("lisää kysymyksiä");
    expect(html).not.toContain("data-error-summary");
  });

  it("with the script (no _shown) every missing answer is an error", async () => {
    const browser = citizenBrowser();
    const html = await (await post(browser, { kind: "car", place: "Tori" })).text();
    expect(html).toContain("Rekisteritunnus: Anna rekisteritunnus.");
    expect(html).not.toContain("lisää kysymyksiä");
  });
});
