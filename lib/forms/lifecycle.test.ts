import { describe, expect, it } from "vitest";
import {
  archiveForm,
  createFormLifecycle,
  discardDraft,
  getLiveDefinition,
  isAcceptingSubmissions,
  publishDraft,
  restoreForm,
  startNewDraft,
  updateDraft,
  type TFormLifecycle,
  type TLifecycleResult,
} from "./lifecycle";
import { defineSinglePageForm } from "./testing/define-form";

const valid = defineSinglePageForm([{ type: "shortText", key: "a", label: { fi: "A" } }], {
  availability: { closesAt: "2027-01-31T16:00:00+02:00" },
});
const blocked = defineSinglePageForm([{ type: "singleChoice", key: "c", label: { fi: "C" } }]);
const now = new Date("2026-12-01T10:00:00Z");

function expectOk(result: TLifecycleResult): TFormLifecycle {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.form;
}

describe("lifecycle", () => {
  it("refuses to publish a draft with blockers", () => {
    const result = publishDraft(createFormLifecycle(blocked), now);
    expect(result).toMatchObject({
      ok: false,
      error: { code: "hasBlockers", blockers: [expect.objectContaining({ code: "noChoices" })] },
    });
  });

  it("publishes immutable versions and keeps the live version while a new draft is edited", () => {
    const live = expectOk(publishDraft(createFormLifecycle(valid), now));
    expect(live).toMatchObject({ status: "live", draft: null, liveVersion: 1 });
    const published = getLiveDefinition(live)!;
    expect(Object.isFrozen(published)).toBe(true);
    expect(() => {
      (published.title as { fi: string }).fi = "changed";
    }).toThrow();

    const editing = expectOk(startNewDraft(live));
    const changed = expectOk(updateDraft(editing, { ...editing.draft!, title: { fi: "Uusi" } }));
    expect(getLiveDefinition(changed)?.title.fi).toBe("Testilomake");
    expect(startNewDraft(changed)).toMatchObject({ ok: false, error: { code: "draftExists" } });

    const second = expectOk(publishDraft(changed, now));
    expect(second.versions.map((version) => version.version)).toEqual([1, 2]);
    expect(getLiveDefinition(second)?.title.fi).toBe("Uusi");
    expect(second.versions[0]?.definition.title.fi).toBe("Testilomake");
    expect(discardDraft(second)).toMatchObject({ ok: false, error: { code: "noDraft" } });
  });

  it("archives and restores; archived forms take no submissions and cannot be edited", () => {
    const live = expectOk(publishDraft(createFormLifecycle(valid), now));
    expect(isAcceptingSubmissions(live, now)).toBe(true);
    expect(isAcceptingSubmissions(live, new Date("2027-01-31T14:00:00Z"))).toBe(false); // closed at 16:00 Finnish time
    const archived = expectOk(archiveForm(live, now));
    expect(isAcceptingSubmissions(archived, now)).toBe(false);
    expect(startNewDraft(archived)).toMatchObject({ ok: false, error: { code: "archived" } });
    expect(publishDraft(archived, now)).toMatchObject({ ok: false, error: { code: "archived" } });
    expect(expectOk(restoreForm(archived)).status).toBe("live");
    expect(restoreForm(live)).toMatchObject({ ok: false, error: { code: "notArchived" } });
  });
});
