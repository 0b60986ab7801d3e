import { describe, expect, it } from "vitest";
import {
  editRefusal,
  publishRefusal,
  statusAfterArchive,
  statusAfterRestore,
  type TFormStatus,
} from "./lifecycle";
import { defineSinglePageForm } from "./testing/define-form";

const valid = defineSinglePageForm([{ type: "shortText", key: "a", label: { fi: "A" } }]);
const blocked = defineSinglePageForm([{ type: "singleChoice", key: "c", label: { fi: "C" } }]);
const STATUSES: TFormStatus[] = ["draft", "live", "archived"];

describe("form lifecycle rules", () => {
  it("an archived form's draft cannot be edited; draft and live ones can", () => {
    expect(STATUSES.map((status) => editRefusal(status)?.code)).toEqual([undefined, undefined, "ARCHIVED"]);
  });

  it("publishes a valid draft of a draft or live form", () => {
    expect(publishRefusal("draft", valid)).toBeUndefined();
    expect(publishRefusal("live", valid)).toBeUndefined();
  });

  it("refuses to publish with the diagnose() blockers, without a draft, or when archived", () => {
    const refusal = publishRefusal("live", blocked);
    expect(refusal?.code).toBe("HAS_BLOCKERS");
    expect(refusal && "blockers" in refusal ? refusal.blockers.map((blocker) => blocker.code) : []).toContain(
      "noChoices",
    );
    expect(publishRefusal("live", null)).toEqual({ code: "NOTHING_TO_PUBLISH" });
    expect(publishRefusal("archived", valid)).toEqual({ code: "ARCHIVED" });
  });

  it("archives any form once; restores to live only when a version was published", () => {
    expect(STATUSES.map(statusAfterArchive)).toEqual(["archived", "archived", undefined]);
    expect(statusAfterRestore("archived", true)).toBe("live");
    expect(statusAfterRestore("archived", false)).toBe("draft");
    expect(statusAfterRestore("live", true)).toBeUndefined();
    expect(statusAfterRestore("draft", false)).toBeUndefined();
  });
});
