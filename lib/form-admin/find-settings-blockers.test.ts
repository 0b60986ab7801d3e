import { describe, expect, it } from "vitest";
import { findSettingsBlockers } from "./find-settings-blockers";

const client = { suomifiService: { findFirst: async () => ({ id: "service" }) } } as never;
const form = {
  suomifiServiceId: "service",
  closedMessage: null,
  pauseMessage: null,
  privacyNotice: null,
  receiptTemplate: null,
};

describe("findSettingsBlockers: case message templates", () => {
  it("a new form (no templates written) is complete in every language", async () => {
    expect(
      await findSettingsBlockers(client, "org", { ...form, caseMessageTemplates: null }, ["fi", "sv", "en"]),
    ).toEqual([]);
  });

  it("blocks publishing while an enabled language's template is missing, or a placeholder is unknown", async () => {
    const blockers = await findSettingsBlockers(
      client,
      "org",
      {
        ...form,
        caseMessageTemplates: {
          supplementRequest: {
            title: { fi: "Täydennys {reference}" },
            body: { fi: "Vastaa {deadline} mennessä. {handlerText} {viite}", sv: "Svara senast {deadline}." },
          },
        },
      },
      ["fi", "sv"],
    );
    expect(blockers.map((blocker) => [blocker.code, blocker.path, blocker.message.fi])).toEqual([
      [
        "caseMessageTemplateUnknownPlaceholder",
        "settings/caseMessages/supplementRequest",
        "Viestipohjassa ”Täydennyspyyntö” (suomi) on tuntematon paikkamerkki {viite}. Käytä vain lueteltuja paikkamerkkejä.",
      ],
      [
        "caseMessageTemplateMissing",
        "settings/caseMessages/supplementRequest",
        "Viestipohjan ”Täydennyspyyntö” otsikko puuttuu kielellä svenska. Kirjoita se lomakkeen asetuksiin.",
      ],
    ]);
  });
});
