import { describe, expect, it } from "vitest";
import { partyKind, payloadSenders } from "./sender-parties";

const tessa = { id: "010280-952L", name: "Testilä Tessa" };
const company = { id: "1912105-6", name: "Testiyritys Oy" };

describe("sender parties", () => {
  it("tells a Y-tunnus from a henkilötunnus, and a bad check digit is not a company", () => {
    expect(partyKind("1912105-6")).toBe("company");
    expect(partyKind("1912105-5")).toBe("person");
    expect(partyKind("010280-952L")).toBe("person");
  });

  it("sends a person filing for themselves as the sender, with the id only when the target takes ids", () => {
    expect(payloadSenders(tessa, "name-and-id")).toEqual({
      sender: {
        kind: "person",
        name: "Testilä Tessa",
        personalIdentityCode: "010280-952L",
        businessId: null,
      },
      onBehalfOf: null,
    });
    expect(payloadSenders(tessa, "name").sender?.personalIdentityCode).toBeNull();
    expect(payloadSenders(tessa, "none")).toEqual({ sender: null, onBehalfOf: null });
  });

  it("sends the person who acted as the sender and the mailbox owner as onBehalfOf", () => {
    expect(payloadSenders({ ...company, onBehalf: tessa }, "name")).toEqual({
      sender: { kind: "person", name: "Testilä Tessa", personalIdentityCode: null, businessId: null },
      onBehalfOf: {
        kind: "company",
        name: "Testiyritys Oy",
        personalIdentityCode: null,
        businessId: "1912105-6",
      },
    });
  });
});
