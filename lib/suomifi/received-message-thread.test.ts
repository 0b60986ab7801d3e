import { describe, expect, it } from "vitest";
import { ZReceivedMessage } from "@/lib/suomifi/rest-schemas";

const message = (thread: unknown) => ({
  messageId: 7,
  createdAt: "2026-11-23T09:00:00Z",
  electronic: { messageId: 7, createdAt: "2026-11-23T09:00:00Z", title: "T", body: "B", thread },
  sender: { mailboxOwner: { id: "010280-952L", name: "Testilä Tessa" } },
});

describe("a received message's thread", () => {
  it("reads Suomi.fi's thread data, and none as null", () => {
    expect(
      ZReceivedMessage.parse(message({ rootMessageId: 3, threadExternalId: "x" })).electronic.thread,
    ).toEqual({
      rootMessageId: 3,
      threadExternalId: "x",
    });
    expect(ZReceivedMessage.parse(message(null)).electronic.thread).toBeNull();
  });

  it("keeps a message whose thread data is malformed, marked so, instead of refusing it", () => {
    expect(ZReceivedMessage.parse(message({ rootMessageId: "3" })).electronic.thread).toBe("malformed");
    expect(ZReceivedMessage.parse(message("root")).electronic.thread).toBe("malformed");
  });
});
