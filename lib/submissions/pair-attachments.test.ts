import { describe, expect, it } from "vitest";
import { pairAttachments, submissionFileSha256s } from "@/lib/submissions/pair-attachments";

const file = (name: string, sha256: string) => ({ name, sha256 });

describe("pairAttachments", () => {
  it("counts a file that travelled with the message and was also kept once", () => {
    const retrieved = [file("sent-a", "AA"), file("sent-b", "bb")];
    const kept = [file("kept-b", "bb"), file("kept-a", "aa")];
    const paired = pairAttachments(retrieved, kept);
    expect(paired.travelled.map((p) => [p.retrieved.name, p.kept.name])).toEqual([
      ["sent-b", "kept-b"],
      ["sent-a", "kept-a"],
    ]);
    expect(paired.keptOnly).toEqual([]);
    expect(paired.unexpected).toEqual([]);
    expect(submissionFileSha256s(paired).sort()).toEqual(["aa", "bb"]);
  });

  it("keeps files that stayed with Lomake and files that arrived without a kept copy apart", () => {
    const paired = pairAttachments([file("changed", "cc")], [file("original", "aa")]);
    expect(paired.travelled).toEqual([]);
    expect(paired.keptOnly.map((f) => f.name)).toEqual(["original"]);
    expect(paired.unexpected.map((f) => f.name)).toEqual(["changed"]);
    expect(submissionFileSha256s(paired).sort()).toEqual(["aa", "cc"]);
  });

  it("pairs identical files one to one", () => {
    const paired = pairAttachments([file("sent", "aa")], [file("first", "aa"), file("second", "aa")]);
    expect(paired.travelled.map((p) => p.kept.name)).toEqual(["first"]);
    expect(paired.keptOnly.map((f) => f.name)).toEqual(["second"]);
    expect(submissionFileSha256s(paired)).toEqual(["aa", "aa"]);
  });

  it("with no kept copies, every retrieved file is its own", () => {
    const paired = pairAttachments([file("a", "aa")], []);
    expect(submissionFileSha256s(paired)).toEqual(["aa"]);
    expect(paired.unexpected).toHaveLength(1);
  });
});
