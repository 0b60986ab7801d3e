import { DomainError } from "@/lib/errors/domain-error";
import { afterAll, describe, expect, it } from "vitest";
import { createOwner } from "@/lib/accounts/create-owner";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import type { TFormDefinition } from "@/lib/forms/definition";
import { encryptString } from "@/lib/crypto/encrypt-value";
import { SANDBOX_POST_PROFILE } from "@/lib/suomifi/post-profile";
import {
  getEditorForm,
  importDefinition,
  publishForm,
  restoreVersionIntoDraft,
  saveDraft,
} from "./form-editing";
import { getFormSettings, updateFormSettings } from "./form-settings";
import { compareVersions, listVersions } from "./form-versions";
import { archiveForm, createForm, duplicateForm, listForms } from "./manage-forms";

let counter = 0;
async function setup() {
  counter += 1;
  const slug = `fa-${counter}-${Date.now().toString(36)}`;
  const { organization, user } = await createOwner({
    email: `owner-${slug}@example.fi`,
    password: "correct horse battery staple",
    organizationSlug: slug,
    organizationName: `Kunta ${slug}`,
  });
  return { organizationId: organization.id, actor: { userId: user.id, email: user.email, ip: null } };
}

/** Gives the organisation an active sandbox connection and the form its service, as publishing requires. */
async function chooseService(organizationId: string, formId: string, isActive = true): Promise<void> {
  const prisma = getPrisma();
  const existing = await prisma.suomifiConnection.findFirst({
    where: { organizationId },
    include: { services: true },
  });
  const connection = existing
    ? await prisma.suomifiConnection.update({
        where: { id: existing.id },
        data: { isActive },
        include: { services: true },
      })
    : await prisma.suomifiConnection.create({
        data: {
          organizationId,
          environment: "sandbox",
          isActive,
          restBaseUrl: "http://127.0.0.1:9",
          username: "lomake-test",
          passwordEncrypted: encryptString("unused", { associatedData: "suomifi-connection" }),
          postOrganizationId: "lomake-test-org",
          postProfile: SANDBOX_POST_PROFILE("http://127.0.0.1:9"),
          services: { create: { serviceId: "lomake-test-service", name: "Testipalvelu" } },
        },
        include: { services: true },
      });
  await prisma.form.update({ where: { id: formId }, data: { suomifiServiceId: connection.services[0]!.id } });
}

function withField(definition: TFormDefinition, label: string): TFormDefinition {
  return {
    ...definition,
    pages: [
      {
        ...definition.pages[0]!,
        elements: [
          {
            type: "shortText",
            key: "name",
            label: { fi: label },
            required: true,
            settings: { maxLength: 100 },
          },
        ],
      },
    ],
  };
}

/** The refusal a call ends in: the form editor's own, or the NotFoundError every domain shares. */
async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

afterAll(async () => {
  await disconnectPrisma();
});

describe("publish checks on the form's settings", () => {
  it("blocks a form with no Suomi.fi service, with an inactive connection, or with untranslated settings texts", async () => {
    const { organizationId, actor } = await setup();
    const { id } = await createForm(organizationId, { title: "Ilmoitus", slug: "ilmoitus" }, actor);
    let form = await getEditorForm(organizationId, id);
    expect(form.settingsBlockers.map((blocker) => blocker.code)).toEqual(["noSuomifiService"]);
    expect(form.settingsBlockers[0]!.message.fi).toContain("Asetukset → Suomi.fi-viestit");
    let { revision } = await saveDraft(organizationId, {
      formId: id,
      revision: form.revision,
      definition: withField(form.definition, "Nimi"),
    });
    const noService = await rejection(publishForm(organizationId, { formId: id, revision }, actor));
    expect(noService.code).toBe("HAS_BLOCKERS");
    expect(JSON.stringify(noService.details)).toContain("noSuomifiService");

    await chooseService(organizationId, id, false);
    const inactive = await rejection(publishForm(organizationId, { formId: id, revision }, actor));
    expect(JSON.stringify(inactive.details)).toContain("suomifiConnectionNotWorking");

    await chooseService(organizationId, id);
    await getPrisma().form.update({
      where: { id },
      data: {
        closedMessage: { fi: "Haku on päättynyt." },
        privacyNotice: { fi: "Seloste", sv: "Beskrivning" },
      },
    });
    form = await getEditorForm(organizationId, id);
    ({ revision } = await saveDraft(organizationId, {
      formId: id,
      revision: form.revision,
      definition: {
        ...withField(form.definition, "Nimi"),
        languages: ["fi", "sv"],
        title: { fi: "Ilmoitus", sv: "Anmälan" },
      },
    }));
    form = await getEditorForm(organizationId, id);
    const texts = await rejection(publishForm(organizationId, { formId: id, revision }, actor));
    const details = texts.details as Array<{ code: string; path: string }>;
    expect(
      details
        .filter((detail) => detail.code === "settingsTextMissingTranslation")
        .map((detail) => detail.path),
    ).toEqual(["settings/closedMessage"]);
    await getPrisma().form.update({
      where: { id },
      data: { closedMessage: { fi: "Haku on päättynyt.", sv: "Ansökan har gått ut." } },
    });
    const labelled = {
      ...withField(form.definition, "Nimi"),
      languages: ["fi", "sv"] as Array<"fi" | "sv">,
      title: { fi: "Ilmoitus", sv: "Anmälan" },
    };
    labelled.pages[0]!.title = { fi: labelled.pages[0]!.title.fi, sv: "Sida" };
    (labelled.pages[0]!.elements[0] as { label: object }).label = { fi: "Nimi", sv: "Namn" };
    ({ revision } = await saveDraft(organizationId, { formId: id, revision, definition: labelled }));
    expect((await publishForm(organizationId, { formId: id, revision }, actor)).version).toBe(1);
  });
});

describe("case message templates in the form's settings", () => {
  it("a new form is complete; a template missing in an enabled language or an unknown placeholder blocks publishing", async () => {
    const { organizationId, actor } = await setup();
    const { id } = await createForm(organizationId, { title: "Lupa", slug: "lupa" }, actor);
    await chooseService(organizationId, id);
    let form = await getEditorForm(organizationId, id);
    const labelled = {
      ...withField(form.definition, "Nimi"),
      languages: ["fi", "sv"] as Array<"fi" | "sv">,
      title: { fi: "Lupa", sv: "Tillstånd" },
    };
    labelled.pages[0]!.title = { fi: labelled.pages[0]!.title.fi, sv: "Sida" };
    (labelled.pages[0]!.elements[0] as { label: object }).label = { fi: "Nimi", sv: "Namn" };
    let { revision } = await saveDraft(organizationId, {
      formId: id,
      revision: form.revision,
      definition: labelled,
    });
    form = await getEditorForm(organizationId, id);
    expect(form.settingsBlockers).toEqual([]);

    // The settings page shows the built-in texts; the administrator blanks the Swedish title and mistypes one.
    const view = await getFormSettings(organizationId, id);
    expect(view.settings.caseMessages.supplementRequest.title.sv).toBe(
      "Vi ber om komplettering: {formTitle}",
    );
    const settings = structuredClone(view.settings);
    settings.caseMessages.supplementRequest.title.sv = "";
    settings.caseMessages.decision.body.fi = "Päätös {refrence}";
    await updateFormSettings(organizationId, id, settings, actor);
    const refused = await rejection(publishForm(organizationId, { formId: id, revision }, actor));
    const details = refused.details as Array<{ code: string; path: string }>;
    expect(
      details
        .filter((detail) => detail.code.startsWith("caseMessage"))
        .map((detail) => [detail.code, detail.path]),
    ).toEqual([
      ["caseMessageTemplateMissing", "settings/caseMessages/supplementRequest"],
      ["caseMessageTemplateUnknownPlaceholder", "settings/caseMessages/decision"],
    ]);

    settings.caseMessages.supplementRequest.title.sv = "Komplettering: {reference}";
    settings.caseMessages.decision.body.fi = "Päätös {reference}";
    await updateFormSettings(organizationId, id, settings, actor);
    const stored = await getPrisma().form.findUniqueOrThrow({ where: { id } });
    // Only what differs from the defaults is kept.
    expect(Object.keys(stored.caseMessageTemplates as object).sort()).toEqual([
      "decision",
      "supplementRequest",
    ]);
    ({ revision } = await getEditorForm(organizationId, id));
    expect((await publishForm(organizationId, { formId: id, revision }, actor)).version).toBe(1);
  });
});

describe("form editing", () => {
  it("refuses a stale draft save instead of overwriting", async () => {
    const { organizationId, actor } = await setup();
    const { id } = await createForm(organizationId, { title: "Palaute", slug: "palaute" }, actor);
    const opened = await getEditorForm(organizationId, id);
    const first = await saveDraft(organizationId, {
      formId: id,
      revision: opened.revision,
      definition: withField(opened.definition, "Editor A"),
    });
    expect(first.revision).toBe(opened.revision + 1);
    const error = await rejection(
      saveDraft(organizationId, {
        formId: id,
        revision: opened.revision,
        definition: withField(opened.definition, "Editor B"),
      }),
    );
    expect(error.code).toBe("STALE_REVISION");
    const reread = await getEditorForm(organizationId, id);
    expect((reread.definition.pages[0]!.elements[0] as { label: { fi: string } }).label.fi).toBe("Editor A");
  });

  it("publishes versions, blocks on diagnostics, diffs and restores", async () => {
    const { organizationId, actor } = await setup();
    const { id } = await createForm(organizationId, { title: "Hakemus", slug: "hakemus" }, actor);
    await chooseService(organizationId, id);
    let form = await getEditorForm(organizationId, id);
    // A Swedish form with a missing Swedish label is blocked.
    let { revision } = await saveDraft(organizationId, {
      formId: id,
      revision: form.revision,
      definition: { ...withField(form.definition, "Nimi"), languages: ["fi", "sv"] },
    });
    const blocked = await rejection(publishForm(organizationId, { formId: id, revision }, actor));
    expect(blocked.code).toBe("HAS_BLOCKERS");
    expect(JSON.stringify(blocked.details)).toContain("missingTranslation");

    ({ revision } = await saveDraft(organizationId, {
      formId: id,
      revision,
      definition: withField(form.definition, "Nimi"),
    }));
    const v1 = await publishForm(organizationId, { formId: id, revision, note: "Ensimmäinen" }, actor);
    expect(v1.version).toBe(1);
    form = await getEditorForm(organizationId, id);
    expect(form.status).toBe("live");
    expect(form.liveVersion).toBe(1);
    expect((await listForms(organizationId))[0]).toMatchObject({ status: "open", latestVersion: 1 });

    ({ revision } = await saveDraft(organizationId, {
      formId: id,
      revision: form.revision,
      definition: withField(form.definition, "Koko nimi"),
    }));
    expect((await listForms(organizationId))[0]?.status).toBe("liveWithChanges");
    const v2 = await publishForm(organizationId, { formId: id, revision }, actor);
    expect(v2.version).toBe(2);
    const live = await getPrisma().form.findUniqueOrThrow({ where: { id }, include: { liveVersion: true } });
    expect(live.liveVersion?.version).toBe(2);
    expect(live.draftDefinition).toBeNull();

    const diff = await compareVersions(organizationId, id, 1, 2);
    expect(diff.elements[0]?.details[0]).toMatchObject({
      property: "label",
      before: "Nimi",
      after: "Koko nimi",
    });
    const history = await listVersions(organizationId, id);
    expect(history.versions.map((version) => [version.version, version.isLive, version.note])).toEqual([
      [2, true, null],
      [1, false, "Ensimmäinen"],
    ]);

    await restoreVersionIntoDraft(organizationId, { formId: id, revision: v2.revision, version: 1 }, actor);
    form = await getEditorForm(organizationId, id);
    expect((form.definition.pages[0]!.elements[0] as { label: { fi: string } }).label.fi).toBe("Nimi");
    expect(form.liveVersion).toBe(2);

    const actions = await getPrisma().auditEvent.findMany({
      where: { organizationId },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((event) => event.action)).toEqual(
      expect.arrayContaining(["form.created", "form.published", "form.version_restored"]),
    );
  });

  it("imports with listed problems, saves settings and archives, all audited", async () => {
    const { organizationId, actor } = await setup();
    const { id } = await createForm(
      organizationId,
      { title: "Kopio", slug: "kopio", templateId: "todistusjaljennos" },
      actor,
    );
    const form = await getEditorForm(organizationId, id);
    expect(form.definition.title.fi).toBe("Kopio");
    expect(form.definition.pages.length).toBeGreaterThan(0);

    const bad = await rejection(
      importDefinition(
        organizationId,
        { formId: id, revision: form.revision, json: '{"schemaVersion":1,"title":{},"pages":[]}' },
        actor,
      ),
    );
    expect(bad.code).toBe("INVALID_DEFINITION");
    expect((bad.details as Array<{ path: string }>).map((problem) => problem.path)).toEqual(
      expect.arrayContaining(["title/fi", "pages"]),
    );
    const imported = await importDefinition(
      organizationId,
      { formId: id, revision: form.revision, json: JSON.stringify(withField(form.definition, "Tuotu")) },
      actor,
    );
    expect(imported.revision).toBe(form.revision + 1);

    const view = await getFormSettings(organizationId, id);
    await updateFormSettings(
      organizationId,
      id,
      {
        ...view.settings,
        slug: "kopio-2",
        openMode: "from",
        opensAt: "2030-01-01T08:00",
        closesAt: "",
        isPaused: true,
        accessibilityStatementUrl: " https://kunta.example/saavutettavuus ",
      },
      actor,
    );
    const saved = await getPrisma().form.findUniqueOrThrow({ where: { id } });
    expect(saved.accessibilityStatementUrl).toBe("https://kunta.example/saavutettavuus");
    const scriptAddress = await rejection(
      updateFormSettings(
        organizationId,
        id,
        { ...view.settings, accessibilityStatementUrl: "javascript:alert(1)" },
        actor,
      ),
    );
    expect(scriptAddress.code).toBe("INVALID_SETTINGS");
    expect(saved.slug).toBe("kopio-2");
    expect(saved.opensAt?.toISOString()).toBe("2030-01-01T06:00:00.000Z");
    expect(saved.isPaused).toBe(true);
    const badHandler = await rejection(
      updateFormSettings(
        organizationId,
        id,
        { ...view.settings, notifyUserIds: ["00000000-0000-4000-8000-000000000000"] },
        actor,
      ),
    );
    expect(badHandler.code).toBe("INVALID_SETTINGS");

    const copy = await duplicateForm(organizationId, { formId: id, slug: "kopio-3" }, actor);
    expect((await getEditorForm(organizationId, copy.id)).definition.title.fi).toBe("Kopio");
    const taken = await rejection(createForm(organizationId, { title: "X", slug: "kopio-3" }, actor));
    expect(taken.code).toBe("SLUG_TAKEN");

    await archiveForm(organizationId, id, actor);
    expect((await listForms(organizationId, "kopio-2"))[0]?.status).toBe("archived");
    const archivedSave = await rejection(
      saveDraft(organizationId, { formId: id, revision: imported.revision, definition: form.definition }),
    );
    expect(archivedSave.code).toBe("ARCHIVED");
    const actions = (await getPrisma().auditEvent.findMany({ where: { organizationId } })).map(
      (event) => event.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(["form.imported", "form.settings_changed", "form.archived"]),
    );
  });

  it("does not let another organisation read or write a form", async () => {
    const first = await setup();
    const second = await setup();
    const { id } = await createForm(first.organizationId, { title: "Oma", slug: "oma" }, first.actor);
    expect((await rejection(getEditorForm(second.organizationId, id))).code).toBe("NOT_FOUND");
    expect(
      (await rejection(saveDraft(second.organizationId, { formId: id, revision: 1, definition: {} }))).code,
    ).toBe("INVALID_DEFINITION");
    const form = await getEditorForm(first.organizationId, id);
    expect(
      (
        await rejection(
          saveDraft(second.organizationId, {
            formId: id,
            revision: form.revision,
            definition: form.definition,
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });
});
