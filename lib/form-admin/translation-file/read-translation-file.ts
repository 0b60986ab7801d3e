import "server-only";
import { DOMParser } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import type { TTranslationDocument, TTranslationUnit } from "./translation-document";
import { XLSX_ABOUT_ROWS } from "./write-translation-xlsx";
import { XLIFF_NAMESPACE } from "./write-xliff";

export interface TReadUnit extends TTranslationUnit {
  /** The target held XLIFF inline elements (<pc>, <ph>, <mrk>…): formatting, which a form's text cannot keep. */
  hasInlineMarkup: boolean;
}
export interface TReadDocument extends Omit<TTranslationDocument, "units" | "formTitle"> {
  units: TReadUnit[];
}
export type TReadResult =
  { ok: true; document: TReadDocument } | { ok: false; problem: "unreadable" | "notFromLomake" };

const ORIGINAL = /^lomake:form\/([0-9a-f-]{36})\/revision\/(\d{1,9})$/i;

type TNode = {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<TNode>;
  localName?: string | null;
  getAttribute?: (name: string) => string | null;
};

/** Text of <source>/<target>: XLIFF's <cp hex="…"/> becomes its character; any other element is markup. */
function segmentContent(node: TNode): { text: string; hasMarkup: boolean } {
  let text = "";
  let hasMarkup = false;
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3 || child.nodeType === 4) text += child.nodeValue ?? "";
    else if (child.nodeType === 1 && child.localName === "cp") {
      const code = Number.parseInt(child.getAttribute?.("hex") ?? "", 16);
      if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) text += String.fromCodePoint(code);
    } else if (child.nodeType === 1) {
      hasMarkup = true;
      text += segmentContent(child).text;
    }
  }
  return { text, hasMarkup };
}

function readXliff(xml: string): TReadResult {
  // No DTDs: an entity could expand without bound, and a translation file never needs one.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { ok: false, problem: "unreadable" };
  let isBroken = false;
  const document = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: () => (isBroken = true),
      fatalError: () => (isBroken = true),
    },
  }).parseFromString(xml, "text/xml");
  const root = document?.documentElement;
  if (isBroken || !root || root.localName !== "xliff" || root.namespaceURI !== XLIFF_NAMESPACE)
    return { ok: false, problem: "unreadable" };
  const file = root.getElementsByTagNameNS(XLIFF_NAMESPACE, "file")[0];
  const match = ORIGINAL.exec(file?.getAttribute("original") ?? "");
  if (!file || !match) return { ok: false, problem: "notFromLomake" };
  const units: TReadUnit[] = Array.from(file.getElementsByTagNameNS(XLIFF_NAMESPACE, "unit")).map((unit) => {
    let source = "";
    let target: string | undefined;
    let hasInlineMarkup = false;
    for (const segment of Array.from(unit.getElementsByTagNameNS(XLIFF_NAMESPACE, "segment"))) {
      const sourceNode = segment.getElementsByTagNameNS(XLIFF_NAMESPACE, "source")[0];
      const targetNode = segment.getElementsByTagNameNS(XLIFF_NAMESPACE, "target")[0];
      if (sourceNode) source += segmentContent(sourceNode as unknown as TNode).text;
      if (targetNode) {
        const content = segmentContent(targetNode as unknown as TNode);
        target = (target ?? "") + content.text;
        hasInlineMarkup ||= content.hasMarkup;
      }
    }
    const note = unit.getElementsByTagNameNS(XLIFF_NAMESPACE, "note")[0];
    return {
      key: unit.getAttribute("id") ?? "",
      context: note?.textContent ?? "",
      source,
      target,
      hasInlineMarkup,
    };
  });
  return {
    ok: true,
    document: {
      formId: match[1]!.toLowerCase(),
      revision: Number(match[2]),
      sourceLanguage: (root.getAttribute("srcLang") ?? "") as TReadDocument["sourceLanguage"],
      targetLanguage: root.getAttribute("trgLang") ?? "",
      units,
    },
  };
}

function cellText(value: ExcelJS.CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((part) => part.text).join("");
  if (typeof value === "object" && "text" in value) return String(value.text);
  if (typeof value === "object" && "result" in value)
    return value.result === undefined ? undefined : String(value.result);
  return undefined;
}

async function readXlsx(bytes: Uint8Array): Promise<TReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  const [texts, about] = workbook.worksheets;
  if (!texts || !about) return { ok: false, problem: "notFromLomake" };
  const value = (name: (typeof XLSX_ABOUT_ROWS)[number]) =>
    cellText(about.getRow(XLSX_ABOUT_ROWS.indexOf(name) + 1).getCell(2).value)?.trim() ?? "";
  const formId = value("formId").toLowerCase();
  const revision = value("revision");
  if (!/^[0-9a-f-]{36}$/.test(formId) || !/^\d{1,9}$/.test(revision))
    return { ok: false, problem: "notFromLomake" };
  const units: TReadUnit[] = [];
  texts.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const key = cellText(row.getCell(1).value)?.trim() ?? "";
    if (key === "") return;
    const target = cellText(row.getCell(4).value);
    units.push({
      key,
      context: cellText(row.getCell(2).value) ?? "",
      source: cellText(row.getCell(3).value) ?? "",
      target: target === "" ? undefined : target,
      hasInlineMarkup: false,
    });
  });
  return {
    ok: true,
    document: {
      formId,
      revision: Number(revision),
      sourceLanguage: value("sourceLanguage") as TReadDocument["sourceLanguage"],
      targetLanguage: value("targetLanguage"),
      units,
    },
  };
}

/** Reads an XLIFF 2.0 or XLSX translation file made by Lomake (recognised by its content, not its name). */
export async function readTranslationFile(bytes: Uint8Array): Promise<TReadResult> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": an XLSX is a ZIP archive
  if (isZip) return readXlsx(bytes);
  let xml: string;
  try {
    xml = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  return readXliff(xml.replace(/^\uFEFF/, ""));
}
