// XLIFF 2.0 (OASIS, urn:oasis:names:tc:xliff:document:2.0): one <unit> per text, its id the text's stable key,
// a <note> saying where the text appears, the Finnish <source> and the current <target>. The form and its draft
// revision travel in <file original="…">, so an import can tell which form and draft the file was made from.
import type { TTranslationDocument } from "./translation-document";

export const XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
export const XLIFF_MEDIA_TYPE = "application/xliff+xml";

/** "lomake:form/<uuid>/revision/<n>", read back by readXliff. */
export function xliffOriginal(formId: string, revision: number): string {
  return `lomake:form/${formId}/revision/${revision}`;
}

/** Characters XML 1.0 cannot hold (C0 controls but TAB, LF, CR; lone surrogates; U+FFFE/U+FFFF). */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\r": "&#13;",
};
const SEGMENT_SPECIAL = new RegExp(`[&<>"\\r]|${NOT_XML.source}`, "g");

function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/g, (character) => ESCAPES[character]!);
}

/** Content of <source>/<target>: a character XML cannot hold becomes XLIFF's <cp hex="…"/>, never lost. */
function segmentText(text: string): string {
  return text.replace(
    SEGMENT_SPECIAL,
    (character) =>
      ESCAPES[character] ??
      `<cp hex="${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}"/>`,
  );
}

function attributeText(text: string): string {
  return escapeXml(text.replace(NOT_XML, "")).replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

export function writeXliff(document: TTranslationDocument): string {
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="${document.sourceLanguage}" trgLang="${attributeText(document.targetLanguage)}">`,
    `  <file id="form" original="${xliffOriginal(document.formId, document.revision)}">`,
    `    <notes>`,
    `      <note category="form">${escapeXml(document.formTitle.replace(NOT_XML, ""))}</note>`,
    `    </notes>`,
  ];
  for (const unit of document.units) {
    lines.push(
      `    <unit id="${attributeText(unit.key)}">`,
      `      <notes>`,
      `        <note category="location">${escapeXml(unit.context.replace(NOT_XML, ""))}</note>`,
      `      </notes>`,
      `      <segment>`,
      `        <source xml:space="preserve">${segmentText(unit.source)}</source>`,
      ...(unit.target !== undefined
        ? [`        <target xml:space="preserve">${segmentText(unit.target)}</target>`]
        : []),
      `      </segment>`,
      `    </unit>`,
    );
  }
  lines.push(`  </file>`, `</xliff>`, ``);
  return lines.join("\n");
}
