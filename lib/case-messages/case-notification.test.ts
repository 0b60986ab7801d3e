import { describe, expect, it } from "vitest";
import { customisedNotification } from "@/lib/case-messages/case-notification";
import { isCaseNotificationWhole } from "@/lib/form-admin/form-settings-schema";

const full = {
  title: { fi: "Uusi viesti", sv: "Nytt meddelande", en: "New message" },
  content: { fi: "Katso viestisi.", sv: "Se ditt meddelande.", en: "See your message." },
};

describe("customisedNotification", () => {
  it("sends the form's notification text only when it is given in all three languages", () => {
    expect(customisedNotification(full)).toEqual({ customisedNewMessageNotification: full });
    expect(customisedNotification({ ...full, content: { ...full.content, en: " " } })).toEqual({});
    expect(customisedNotification(null)).toEqual({});
    expect(customisedNotification("nonsense")).toEqual({});
  });

  it("is refused in the settings unless all six texts are given, or none", () => {
    const empty = { fi: "", sv: "", en: "" };
    expect(isCaseNotificationWhole({ ...full.title, en: "" }, full.content)).toBe(false);
    expect(isCaseNotificationWhole(empty, { ...empty, sv: "Se ditt meddelande." })).toBe(false);
    expect(isCaseNotificationWhole(full.title, full.content)).toBe(true);
    expect(isCaseNotificationWhole(empty, empty)).toBe(true);
  });
});
