import { describe, expect, it } from "vitest";
import { handlerMovesTo } from "./set-submission-state";

describe("handlerMovesTo", () => {
  it("finds the handler moves that lead to the asked state, shortest first", () => {
    expect(handlerMovesTo("retrieved", "in_progress")).toEqual(["handling_started"]);
    expect(handlerMovesTo("delivered", "waiting_for_citizen")).toEqual(["handling_started", "citizen_asked"]);
    expect(handlerMovesTo("waiting_for_citizen", "in_progress")).toEqual(["handling_resumed"]);
    expect(handlerMovesTo("handled", "waiting_for_citizen")).toEqual(["reopened", "citizen_asked"]);
    expect(handlerMovesTo("in_progress", "handled")).toEqual(["handled"]);
  });

  it("is empty when already there, and null where no handler move leads", () => {
    expect(handlerMovesTo("handled", "handled")).toEqual([]);
    expect(handlerMovesTo("handed_off", "handled")).toBeNull();
    expect(handlerMovesTo("held", "in_progress")).toBeNull();
  });
});
