import { describe, expect, it } from "vitest";
import { renderCaseMessage, formatCaseMessageDate, CASE_MESSAGE_BODY_LIMIT } from "./render-case-message";
import {
  checkCaseMessageTemplates,
  fillPlaceholders,
  findUnknownPlaceholders,
  type TCaseMessageTemplates,
} from "./case-message-templates";

const base = {
  templates: {} as TCaseMessageTemplates,
  language: "fi" as const,
  reference: "LMK-7F3K-9Q2D",
  formTitle: "Pysäköintilupa",
  date: "6.12.2026",
};

describe("renderCaseMessage", () => {
  it("fills the default supplement request in the submission's language", () => {
    const message = renderCaseMessage({
      ...base,
      language: "sv",
      kind: "supplementRequest",
      deadline: "20.12.2026",
      handlerText: "Bifoga ett intyg.",
    });
    expect(message.title).toBe("Vi ber om komplettering: Pysäköintilupa");
    expect(message.body).toContain("ditt ärende LMK-7F3K-9Q2D");
    expect(message.body).toContain("Bifoga ett intyg.");
    expect(message.body).toContain("senast 20.12.2026");
  });

  it("never evaluates braces in the handler's or citizen's text: substituted once, from the fixed list", () => {
    const message = renderCaseMessage({
      ...base,
      formTitle: "{handlerText} {deadline}",
      kind: "supplementRequest",
      deadline: "1.1.2027",
      handlerText: "Send {reference} and {constructor} {{deadline}} ${process.env.SECRET}",
    });
    expect(message.body).toContain("Send {reference} and {constructor} {{deadline}} ${process.env.SECRET}");
    expect(message.title).toBe("Pyydämme täydennystä: {handlerText} {deadline}");
    expect(message.body).not.toContain("LMK-7F3K-9Q2D and");
  });

  it("keeps markup as plain text, never as HTML", () => {
    const message = renderCaseMessage({
      ...base,
      kind: "free",
      handlerText: '<script>alert(1)</script><b onclick="x">hi</b> **bold**',
    });
    expect(message.body).toBe('<script>alert(1)</script><b onclick="x">hi</b> **bold**');
    expect(message.title).toBe("Viesti asiaasi LMK-7F3K-9Q2D liittyen");
  });

  it("counts the body after normalisation at the 4,000-character boundary", () => {
    const atLimit = "a".repeat(CASE_MESSAGE_BODY_LIMIT);
    // Windows line ends count as one, trailing spaces and newlines are dropped by Suomi.fi's normalisation.
    const padded = `${"a".repeat(CASE_MESSAGE_BODY_LIMIT - 2)}\r\nb   \n\n\n`;
    const exact = renderCaseMessage({ ...base, kind: "free", handlerText: atLimit });
    expect(exact.bodyLength).toBe(4000);
    expect(exact.isBodyTooLong).toBe(false);
    const normalised = renderCaseMessage({ ...base, kind: "free", handlerText: padded });
    expect(normalised.bodyLength).toBe(4000);
    expect(normalised.isBodyTooLong).toBe(false);
    const over = renderCaseMessage({ ...base, kind: "free", handlerText: `${atLimit}x` });
    expect(over.bodyLength).toBe(4001);
    expect(over.isBodyTooLong).toBe(true);
    // A decomposed ä (a + combining diaeresis) is one character after NFC.
    const decomposed = renderCaseMessage({ ...base, kind: "free", handlerText: "a\u0308".repeat(4000) });
    expect(decomposed.bodyLength).toBe(4000);
    expect(decomposed.isBodyTooLong).toBe(false);
  });

  it("counts the template's own text too", () => {
    const message = renderCaseMessage({
      ...base,
      kind: "decision",
      handlerText: "x".repeat(CASE_MESSAGE_BODY_LIMIT - 10),
    });
    expect(message.isBodyTooLong).toBe(true);
  });

  it("an empty free message is empty, and an empty handler part leaves no blank lines", () => {
    expect(renderCaseMessage({ ...base, kind: "free", handlerText: "  \n " }).isEmpty).toBe(true);
    const pending = renderCaseMessage({ ...base, kind: "casePending", handlerText: "" });
    expect(pending.body.endsWith("LMK-7F3K-9Q2D.")).toBe(true);
  });

  it("uses the form's own template, falling back to Finnish for a blank translation", () => {
    const message = renderCaseMessage({
      ...base,
      language: "en",
      kind: "decision",
      templates: {
        decision: { title: { fi: "Päätös {reference}", en: " " }, body: { fi: "Runko", en: "Body {date}" } },
      },
      handlerText: "",
    });
    expect(message.title).toBe("Päätös LMK-7F3K-9Q2D");
    expect(message.body).toBe("Body 6.12.2026");
  });
});

describe("fillPlaceholders", () => {
  it("leaves placeholders the kind does not offer untouched", () => {
    expect(fillPlaceholders("{deadline} {reference}", "decision", { deadline: "x", reference: "R" })).toBe(
      "{deadline} R",
    );
  });
});

describe("checkCaseMessageTemplates", () => {
  it("the defaults are complete in fi, sv and en", () => {
    expect(checkCaseMessageTemplates({}, ["fi", "sv", "en"])).toEqual([]);
  });

  it("finds a missing text of an enabled language only", () => {
    const templates: TCaseMessageTemplates = {
      processing: { title: { fi: "Käsittely {reference}", sv: "" }, body: { fi: "Päätös {decisionDate}" } },
    };
    expect(checkCaseMessageTemplates(templates, ["fi"])).toEqual([]);
    expect(checkCaseMessageTemplates(templates, ["fi", "sv"])).toEqual([
      { problem: "missing", kind: "processing", part: "title", language: "sv" },
      { problem: "missing", kind: "processing", part: "body", language: "sv" },
    ]);
  });

  it("finds unknown placeholders, including one another kind offers", () => {
    const templates: TCaseMessageTemplates = {
      decision: {
        title: { fi: "Päätös {refrence}" },
        body: { fi: "Vastaa {deadline} mennessä {reference}" },
      },
    };
    expect(checkCaseMessageTemplates(templates, ["fi"])).toEqual([
      { problem: "unknownPlaceholder", kind: "decision", language: "fi", placeholder: "refrence" },
      { problem: "unknownPlaceholder", kind: "decision", language: "fi", placeholder: "deadline" },
    ]);
    expect(findUnknownPlaceholders("{deadline}", "supplementRequest")).toEqual([]);
  });
});

describe("formatCaseMessageDate", () => {
  it("formats a calendar date and a moment's day in Finland", () => {
    expect(formatCaseMessageDate("2026-12-20", "fi")).toBe("20.12.2026");
    expect(formatCaseMessageDate(new Date("2026-12-06T22:30:00Z"), "fi")).toBe("7.12.2026");
  });
});
