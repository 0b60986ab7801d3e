import { describe, expect, it } from "vitest";
import { ZCreateApiKey } from "./api-keys";

describe("the API key form", () => {
  it("takes the checked scopes, in their fixed order", () => {
    expect(
      ZCreateApiKey.parse({
        name: " Asianhallinta ",
        "scope.messages:send": "on",
        "scope.submissions:read": "on",
      }),
    ).toEqual({ name: "Asianhallinta", scopes: ["submissions:read", "messages:send"] });
  });

  it("refuses a key with no scope and ignores unknown ones", () => {
    expect(ZCreateApiKey.safeParse({ name: "Tyhjä" }).success).toBe(false);
    expect(ZCreateApiKey.safeParse({ name: "Outo", "scope.admin:all": "on" }).success).toBe(false);
  });
});
