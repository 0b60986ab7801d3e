import { describe, expect, it } from "vitest";
import { findMessageProblem } from "@/lib/retrieval/message-problem";

const pdf = { mediaType: "application/pdf", sizeBytes: 1000 };

describe("findMessageProblem", () => {
  it("finds nothing wrong with an ordinary message", () => {
    expect(findMessageProblem({ title: "Kysymys", body: "Hei", attachments: [pdf] })).toBeNull();
  });

  it("counts characters as Suomi.fi does: 4,000 is allowed, 4,001 is over; CRLF is one", () => {
    expect(findMessageProblem({ title: "", body: "ä".repeat(4000), attachments: [] })).toBeNull();
    expect(findMessageProblem({ title: "", body: "ä".repeat(4001), attachments: [] })).toBe(
      "message-over-limit",
    );
    expect(findMessageProblem({ title: "", body: "a\r\n".repeat(2000), attachments: [] })).toBeNull();
  });

  it("reports attachments over 10 MB in total and of types Suomi.fi does not allow", () => {
    const big = { mediaType: "image/png", sizeBytes: 6 * 1024 * 1024 };
    expect(findMessageProblem({ title: "", body: "", attachments: [big, big] })).toBe(
      "attachments-over-limit",
    );
    expect(
      findMessageProblem({
        title: "",
        body: "",
        attachments: [pdf, { mediaType: "application/x-msdownload", sizeBytes: 10 }],
      }),
    ).toBe("attachment-unknown-type");
    expect(
      findMessageProblem({
        title: "",
        body: "",
        attachments: [{ mediaType: "Text/Plain; charset=utf-8", sizeBytes: 3 }],
      }),
    ).toBeNull();
  });
});
