// Every state and every event kind of the state machine has a label in each admin language, so a new one is
// never shown to a handler as a raw identifier. One vocabulary: the list, the submission page, the exports'
// filter and the timeline all name a state from delivery.submissionStatus, and nothing else names states.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { SUBMISSION_EVENT_TYPES } from "@/lib/submissions/submission-events";
import { SUBMISSION_STATES } from "@/lib/submissions/submission-moves";

type TMessages = {
  delivery: { submissionStatus: Record<string, string>; event: Record<string, string> };
  citizenSubmissions?: unknown;
};

describe.each(["fi", "sv", "en"])("labels of the state machine in %s", (language) => {
  const messages = JSON.parse(fs.readFileSync(`lib/i18n/messages/${language}.json`, "utf8")) as TMessages;

  it("names every state", () => {
    for (const state of SUBMISSION_STATES) {
      expect(messages.delivery.submissionStatus[state], state).toBeTruthy();
    }
    expect(messages.citizenSubmissions, "a second list of state names").toBeUndefined();
  });

  it("names every event kind", () => {
    for (const type of SUBMISSION_EVENT_TYPES) expect(messages.delivery.event[type], type).toBeTruthy();
  });
});
