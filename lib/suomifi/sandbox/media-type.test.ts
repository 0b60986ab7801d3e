import { describe, expect, it } from "vitest";
import { inferMediaType } from "./media-type";

describe("inferMediaType", () => {
  it("keeps a meaningful declared type", () => {
    expect(inferMediaType("a.bin", "image/png", new Uint8Array())).toBe("image/png");
  });
  it("infers from the file name when the part had no type (parsed as text/plain or empty)", () => {
    expect(inferMediaType("liite.PDF", "text/plain", new Uint8Array())).toBe("application/pdf");
    expect(inferMediaType("kuva.jpg", "", new Uint8Array())).toBe("image/jpeg");
  });
  it("sniffs the content when the name says nothing", () => {
    expect(inferMediaType("liite", "", new TextEncoder().encode("%PDF-1.7"))).toBe("application/pdf");
    expect(inferMediaType("liite", "", new Uint8Array([1, 2]))).toBe("application/octet-stream");
    expect(inferMediaType("liite", "text/plain", new Uint8Array([1, 2]))).toBe("text/plain");
  });
});
