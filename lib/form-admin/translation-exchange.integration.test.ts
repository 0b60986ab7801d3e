import { afterAll, describe, expect, it } from "vitest";
import { createOwner } from "@/lib/accounts/create-owner";
import { encryptString } from "@/lib/crypto/encrypt-value";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { DomainError } from "@/lib/errors/domain-error";
import type { TFormDefinition } from "@/lib/forms/definition";
import { SANDBOX_POST_PROFILE } from "@/lib/suomifi/post-profile";
import { getEditorForm, publishForm, saveDraft } from "./form-editing";
import { createForm } from "./manage-forms";
import { exportTranslations, importTranslations, previewTranslationImport } from "./translation-exchange";

afterAll(async () => {
  await disconnectPrisma();
});

async function setup() {
  const slug = `tr-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const { organization, user } = await createOwner({
    email: `owner-${slug}@example.fi`,
    password: "correct horse battery staple",
    organizationSlug: slug,
    organizationName: `Kunta ${slug}`,
  });
  const organizationId = organization.id;
  const actor = { userId: user.id, email: user.email, ip: null };
  const { id } = await createForm(organizationId, { title: "Pysäköintilupa", slug: "pysakointi" }, actor);
  const prisma = getPrisma();
  const connection = await prisma.suomifiConnection.create({
    data: {
      organizationId,
      environment: "sandbox",
      isActive: true,
      restBaseUrl: "http://127.0.0.1:9",
      username: "lomake-test",
      passwordEncrypted: encryptString("unused", { associatedData: "suomifi-connection" }),
      postOrganizationId: "lomake-test-org",
      postProfile: SANDBOX_POST_PROFILE("http://127.0.0.1:9"),
      services: { create: { serviceId: "lomake-test-service", name: "Testipalvelu" } },
    },
    include: { services: true },
  });
  await prisma.form.update({
    where: { id },
    data: { suomifiServiceId: connection.services[0]!.id, closedMessage: { fi: "Haku on päättynyt." } },
  });
  const form = await getEditorForm(organizationId, id);
  const definition: TFormDefinition = {
    ...form.definition,
    languages: ["fi", "sv"],
    pages: [
      {
        ...form.definition.pages[0]!,
        elements: [
          {
            type: "shortText",
            key: "lastName",
            label: { fi: "Sukunimi" },
            hint: { fi: "Kuten passissa" },
            required: true,
            settings: { maxLength: 100 },
          },
        ],
      },
    ],
  };
  const { revision } = await saveDraft(organizationId, { formId: id, revision: form.revision, definition });
  return { organizationId, actor, formId: id, revision };
}

/** Fills every missing Swedish target of an exported XLIFF, as a translator would. */
function fillSwedish(xliff: string, text: (source: string) => string = (source) => `${source} (sv)`): string {
  return xliff.replace(
    /(<source xml:space="preserve">([^<]*)<\/source>)(\n\s*<\/segment>)/g,
    (_, sourceElement: string, source: string, end: string) =>
      `${sourceElement}\n        <target xml:space="preserve">${text(source)}</target>${end}`,
  );
}

async function exportXliff(organizationId: string, formId: string): Promise<string> {
  const file = await exportTranslations(organizationId, { formId, language: "sv", format: "xliff" }, "fi");
  expect(file.fileName).toMatch(/^pysakointi-r\d+-sv\.xlf$/);
  return Buffer.from(file.base64, "base64").toString("utf8");
}

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function snapshot(formId: string) {
  const form = await getPrisma().form.findUniqueOrThrow({ where: { id: formId } });
  const audit = await getPrisma().auditEvent.count({
    where: { objectId: formId, action: "form.translations_imported" },
  });
  return {
    draft: form.draftDefinition,
    revision: form.draftRevision,
    closedMessage: form.closedMessage,
    audit,
  };
}

describe("importing a translation into a draft", () => {
  it("completes the Swedish texts through the save path, audit-logged, and unblocks publishing", async () => {
    const { organizationId, actor, formId, revision } = await setup();
    const blocked = await rejection(
      publishForm(organizationId, { formId, revision }, { ...actor, userId: actor.userId }),
    );
    expect(blocked.code).toBe("HAS_BLOCKERS");

    const xliff = fillSwedish(await exportXliff(organizationId, formId));
    const input = { formId, revision, fileBase64: base64(xliff), isOtherRevisionConfirmed: false };
    const preview = await previewTranslationImport(organizationId, input);
    expect(preview.refusals).toEqual([]);
    expect(preview.changes.map((change) => change.key)).toEqual(
      [
        "form.title",
        "page.sivu-1.title",
        "field.lastName.label",
        "field.lastName.hint",
        "settings.closedMessage",
      ].filter((key) => preview.changes.some((change) => change.key === key)),
    );
    expect(preview.changes).toContainEqual({
      key: "field.lastName.hint",
      path: "pages/0/elements/0/hint",
      after: "Kuten passissa (sv)",
    });

    const result = await importTranslations(organizationId, input, actor);
    expect(result.revision).toBe(revision + 1);
    expect(result.report.missing).toEqual([]);
    const form = await getEditorForm(organizationId, formId);
    expect(form.definition.pages[0]!.elements[0]).toMatchObject({
      label: { fi: "Sukunimi", sv: "Sukunimi (sv)" },
      hint: { fi: "Kuten passissa", sv: "Kuten passissa (sv)" },
    });
    expect((await snapshot(formId)).closedMessage).toEqual({
      fi: "Haku on päättynyt.",
      sv: "Haku on päättynyt. (sv)",
    });
    expect(form.settingsBlockers).toEqual([]);
    const event = await getPrisma().auditEvent.findFirstOrThrow({
      where: { objectId: formId, action: "form.translations_imported" },
    });
    expect(event.actorUserId).toBe(actor.userId);
    expect(event.details).toMatchObject({
      language: "sv",
      fileRevision: revision,
      revision: revision + 1,
      missingCount: 0,
    });
    expect((event.details as { changedKeys: string[] }).changedKeys).toContain("settings.closedMessage");

    const published = await publishForm(
      organizationId,
      { formId, revision: result.revision },
      { ...actor, userId: actor.userId },
    );
    expect(published.version).toBe(1);
  });

  it("changes nothing when the file is refused or the editor's revision is stale", async () => {
    const { organizationId, actor, formId, revision } = await setup();
    const xliff = await exportXliff(organizationId, formId);
    const before = await snapshot(formId);

    const markup = fillSwedish(xliff, (source) => `&lt;b&gt;${source}&lt;/b&gt;`);
    const refused = await rejection(
      importTranslations(
        organizationId,
        { formId, revision, fileBase64: base64(markup), isOtherRevisionConfirmed: false },
        actor,
      ),
    );
    expect(refused.code).toBe("TRANSLATION_IMPORT_REFUSED");
    expect(
      (refused.details as { refusals: Array<{ reason: string }> }).refusals.map((item) => item.reason),
    ).toContain("markup");
    expect(await snapshot(formId)).toEqual(before);

    const stale = await rejection(
      importTranslations(
        organizationId,
        {
          formId,
          revision: revision - 1,
          fileBase64: base64(fillSwedish(xliff)),
          isOtherRevisionConfirmed: false,
        },
        actor,
      ),
    );
    expect(stale.code).toBe("STALE_REVISION");
    expect(await snapshot(formId)).toEqual(before);

    const other = await setup();
    const otherForm = await rejection(
      importTranslations(
        other.organizationId,
        {
          formId: other.formId,
          revision: other.revision,
          fileBase64: base64(fillSwedish(xliff)),
          isOtherRevisionConfirmed: false,
        },
        other.actor,
      ),
    );
    expect((otherForm.details as { refusals: unknown[] }).refusals).toEqual([{ reason: "otherForm" }]);
  });

  it("applies a file of an earlier revision only when confirmed and its Finnish texts are unchanged", async () => {
    const { organizationId, actor, formId, revision } = await setup();
    const xliff = fillSwedish(await exportXliff(organizationId, formId));
    const form = await getEditorForm(organizationId, formId);
    const required = {
      ...form.definition,
      pages: [
        {
          ...form.definition.pages[0]!,
          elements: [{ ...form.definition.pages[0]!.elements[0]!, required: false }],
        },
      ],
    } as TFormDefinition;
    const { revision: later } = await saveDraft(organizationId, { formId, revision, definition: required });

    const unconfirmed = await rejection(
      importTranslations(
        organizationId,
        { formId, revision: later, fileBase64: base64(xliff), isOtherRevisionConfirmed: false },
        actor,
      ),
    );
    expect(unconfirmed.details).toMatchObject({
      isOtherRevision: true,
      fileRevision: revision,
      currentRevision: later,
      refusals: [],
    });
    const confirmed = await importTranslations(
      organizationId,
      { formId, revision: later, fileBase64: base64(xliff), isOtherRevisionConfirmed: true },
      actor,
    );
    expect(confirmed.revision).toBe(later + 1);

    // The Finnish label changes after the export: the old translation no longer translates it.
    const relabelled = await getEditorForm(organizationId, formId);
    const changed = {
      ...relabelled.definition,
      pages: [
        {
          ...relabelled.definition.pages[0]!,
          elements: [
            { ...relabelled.definition.pages[0]!.elements[0]!, label: { fi: "Sukunimi tai nimet" } },
          ],
        },
      ],
    } as TFormDefinition;
    const { revision: latest } = await saveDraft(organizationId, {
      formId,
      revision: confirmed.revision,
      definition: changed,
    });
    const before = await snapshot(formId);
    const refused = await rejection(
      importTranslations(
        organizationId,
        { formId, revision: latest, fileBase64: base64(xliff), isOtherRevisionConfirmed: true },
        actor,
      ),
    );
    expect((refused.details as { refusals: unknown[] }).refusals).toEqual([
      {
        reason: "sourceChanged",
        key: "field.lastName.label",
        fileSource: "Sukunimi",
        currentSource: "Sukunimi tai nimet",
      },
    ]);
    expect(await snapshot(formId)).toEqual(before);
  });
});
