import { describe, expect, it } from "vitest";
import { defineSinglePageForm } from "@/lib/forms/testing/define-form";
import { findSettingsBlockers } from "./find-settings-blockers";

const client = { suomifiService: { findFirst: async () => ({ id: "service" }) } } as never;
const form = {
  suomifiServiceId: "service",
  closedMessage: null,
  pauseMessage: null,
  privacyNotice: null,
  receiptTemplate: null,
  identification: "none" as "none" | "required" | "optional",
  mayFileForPerson: false,
  mayFileForCompany: false,
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

describe("findSettingsBlockers: conditions on the filing role", () => {
  const definition = defineSinglePageForm([
    { type: "shortText", key: "a", label: { fi: "A" } },
    { type: "shortText", key: "b", label: { fi: "B" }, visibleIf: { any: [{ filingRole: "guardian" }] } },
    { type: "shortText", key: "c", label: { fi: "C" }, requiredIf: { filingRole: "company" } },
    { type: "shortText", key: "d", label: { fi: "D" }, visibleIf: { filingRole: "self" } },
  ]);
  const row = { ...form, caseMessageTemplates: null };

  it("blocks a role the settings never allow (the condition would never hold)", async () => {
    const codes = async (settings: Partial<typeof row>) =>
      (await findSettingsBlockers(client, "org", { ...row, ...settings }, ["fi"], definition)).map(
        (blocker) => blocker.message.fi,
      );
    expect(await codes({})).toEqual([
      expect.stringContaining("(huoltajana)"),
      expect.stringContaining("(yrityksen puolesta)"),
    ]);
    // Allowed only with identification required.
    expect(await codes({ mayFileForPerson: true, mayFileForCompany: true })).toHaveLength(2);
    expect(await codes({ identification: "required", mayFileForPerson: true })).toEqual([
      expect.stringContaining("(yrityksen puolesta)"),
    ]);
    expect(
      await codes({ identification: "required", mayFileForPerson: true, mayFileForCompany: true }),
    ).toEqual([]);
  });
});
