import { describe, expect, it } from "vitest";
import { isDeclaredBodyTooLarge, MAX_ADMIN_BODY_BYTES } from "@/lib/http/body-limit";

describe("isDeclaredBodyTooLarge", () => {
  it("allows bodies up to the limit and refuses larger ones", () => {
    expect(isDeclaredBodyTooLarge("0", MAX_ADMIN_BODY_BYTES)).toBe(false);
    expect(isDeclaredBodyTooLarge(String(MAX_ADMIN_BODY_BYTES), MAX_ADMIN_BODY_BYTES)).toBe(false);
    expect(isDeclaredBodyTooLarge(String(MAX_ADMIN_BODY_BYTES + 1), MAX_ADMIN_BODY_BYTES)).toBe(true);
    expect(isDeclaredBodyTooLarge("1000000000000", MAX_ADMIN_BODY_BYTES)).toBe(true);
  });

  it.each(["-1", "1e9", "0x10", "12, 12", "", "abc", "9999999999999999999"])(
    "treats a malformed Content-Length %j as too large",
    (value) => {
      expect(isDeclaredBodyTooLarge(value, MAX_ADMIN_BODY_BYTES)).toBe(true);
    },
  );

  it("leaves a body without Content-Length to the reader's own limit", () => {
    expect(isDeclaredBodyTooLarge(null, MAX_ADMIN_BODY_BYTES)).toBe(false);
  });
});
