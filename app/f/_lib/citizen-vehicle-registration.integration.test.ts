// The vehicle registration number end to end on the citizen side: the page's as-you-type rule, the server's
// message in the page's language without JavaScript, the normalised value on the check page and in the text
// sent to Suomi.fi.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma } from "@/lib/db/prisma";
import {
  citizenBrowser,
  createCitizenTestForm,
  decodeHtml,
  formData,
  readHandoffForm,
  type TCitizenTestForm,
} from "@/lib/citizen/testing/citizen-fixtures";
import { GET as getCheck, POST as postCheck } from "../[org]/[form]/check/route";
import { GET as getSend } from "../[org]/[form]/send/[token]/route";
import { GET as getStep, POST as postStep } from "../[org]/[form]/step/[page]/route";

const DEFINITION = {
  schemaVersion: 1,
  languages: ["fi", "sv", "en"],
  title: {
    fi: "Pysäköintivirhemaksun oikaisu",
    sv: "Rättelse av felparkeringsavgift",
    en: "Parking fine appeal",
  },
  pages: [
    {
      id: "vehicle",
      title: { fi: "Ajoneuvo", sv: "Fordon", en: "Vehicle" },
      elements: [
        {
          type: "vehicleRegistrationNumber",
          key: "plate",
          label: { fi: "Rekisteritunnus", sv: "Registreringsnummer", en: "Registration number" },
          hint: { fi: "Esimerkiksi ABC-123", sv: "Till exempel ABC-123", en: "For example ABC-123" },
          required: true,
        },
      ],
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

const postPlate = (browser: ReturnType<typeof citizenBrowser>, plate: string, query = "") =>
  browser.call(
    postStep,
    `${fixture.base}/step/vehicle${query}`,
    { ...fixture.params, page: "vehicle" },
    {
      method: "POST",
      body: formData({ plate, _action: "continue" }),
    },
  );

describe("vehicle registration number on the citizen pages", () => {
  it("gives the enhancement script its rule and message in the page's language", async () => {
    const html = decodeHtml(
      await (
        await citizenBrowser().call(getStep, `${fixture.base}/step/vehicle?lang=sv`, {
          ...fixture.params,
          page: "vehicle",
        })
      ).text(),
    );
    expect(html).toContain('"kind":"vehicleRegistrationNumber"');
    expect(html).toContain("Kontrollera registreringsnumret. Ange det i formatet ABC-123.");
    expect(html).toMatch(
      /<input[^>]*name="plate"[^>]*autoCapitalize="characters"|autocapitalize="characters"/i,
    );
  });

  it("without JavaScript refuses a malformed number with the message in Finnish and Swedish, keeping what was typed", async () => {
    const browser = citizenBrowser();
    const finnish = await postPlate(browser, "ABCD-1234");
    expect(finnish.status).toBe(200);
    const finnishHtml = decodeHtml(await finnish.text());
    expect(finnishHtml).toContain("Rekisteritunnus: Tarkista rekisteritunnus. Anna se muodossa ABC-123.");
    expect(finnishHtml).toContain('value="ABCD-1234"');

    const swedish = decodeHtml(await (await postPlate(citizenBrowser(), "123", "?lang=sv")).text());
    expect(swedish).toContain(
      "Registreringsnummer: Kontrollera registreringsnumret. Ange det i formatet ABC-123.",
    );
  });

  it("stores the number normalised and sends it to Suomi.fi as ABC-123", async () => {
    const browser = citizenBrowser();
    const saved = await postPlate(browser, " abc 123 ");
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toContain("/check");

    const check = decodeHtml(
      await (await browser.call(getCheck, `${fixture.base}/check`, fixture.params)).text(),
    );
    expect(check).toContain("ABC-123");
    expect(check).not.toContain("abc 123");

    const accepted = await browser.call(postCheck, `${fixture.base}/check`, fixture.params, {
      method: "POST",
      body: formData({}),
    });
    const sendPath = new URL(accepted.headers.get("location")!, "http://localhost").pathname;
    const send = await browser.call(getSend, sendPath, {
      ...fixture.params,
      token: sendPath.split("/send/")[1]!,
    });
    expect(readHandoffForm(await send.text()).text).toMatch(/Rekisteritunnus[^\n]*\n?[^\n]*ABC-123/);
  });
});
