// Browser-safe and pure: what importing a translation file would change, and why it is refused. Nothing is
// applied while there is a single refusal, so a file is taken whole or not at all.
import { isUnstorableText } from "@/lib/forms/unstorable-text";
import type { TLanguage } from "@/lib/forms/localized-text";
import type { TTextEntry } from "@/lib/forms/translations";
import type { TReadDocument } from "./read-translation-file";
import { TRANSLATION_TARGET_LANGUAGES, type TTranslationTargetLanguage } from "./translation-document";

export type TImportRefusal =
  | { reason: "unreadable" }
  | { reason: "notFromLomake" }
  | { reason: "otherForm" }
  | { reason: "wrongLanguage"; language: string }
  | { reason: "sourceChanged"; key: string; fileSource: string; currentSource: string }
  | { reason: "unknownKey"; key: string }
  | { reason: "duplicateKey"; key: string }
  | { reason: "markup"; key: string }
  | { reason: "controlCharacter"; key: string }
  | { reason: "lineBreak"; key: string }
  | { reason: "tooLong"; key: string; length: number; max: number };

export interface TImportChange {
  key: string;
  /** Where the text is: a listTexts() path or "settings/<name>". */
  path: string;
  before?: string;
  after: string;
}

export interface TTranslationImportReport {
  language?: TTranslationTargetLanguage;
  fileRevision?: number;
  currentRevision: number;
  /**
   * The file was made from another draft revision, but every Finnish text it translates is still the same:
   * it can be applied once the editor confirms it.
   */
  isOtherRevision: boolean;
  refusals: TImportRefusal[];
  changes: TImportChange[];
  /** Texts still without a translation after the import, with their Finnish source. */
  missing: Array<{ key: string; source: string }>;
  unchangedCount: number;
}

const HTML = /<\/?[a-zA-Z!][^>]*>/;
/** C0/C1 controls and invisible direction overrides; TAB, LF and CR are judged by isMultiline. */
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const LINE_BREAK = /[\r\n\t\u2028\u2029]/;

export interface TImportTarget {
  formId: string;
  revision: number;
  languages: readonly TLanguage[];
  /** The definition's texts and the settings texts, as listed for the export. */
  entries: TTextEntry[];
}

function refusal(report: TTranslationImportReport, value: TImportRefusal): TTranslationImportReport {
  return { ...report, refusals: [...report.refusals, value] };
}

/** Checks a read translation file against the form as it is now. */
export function checkTranslationImport(
  target: TImportTarget,
  read: { ok: true; document: TReadDocument } | { ok: false; problem: "unreadable" | "notFromLomake" },
): TTranslationImportReport {
  const empty: TTranslationImportReport = {
    currentRevision: target.revision,
    isOtherRevision: false,
    refusals: [],
    changes: [],
    missing: [],
    unchangedCount: 0,
  };
  if (!read.ok) return refusal(empty, { reason: read.problem });
  const file = read.document;
  if (file.formId !== target.formId.toLowerCase())
    return refusal({ ...empty, fileRevision: file.revision }, { reason: "otherForm" });
  const language = file.targetLanguage as TTranslationTargetLanguage;
  const isKnownLanguage =
    (TRANSLATION_TARGET_LANGUAGES as readonly string[]).includes(language) &&
    target.languages.includes(language) &&
    file.sourceLanguage === "fi";
  if (!isKnownLanguage)
    return refusal(
      { ...empty, fileRevision: file.revision },
      { reason: "wrongLanguage", language: file.targetLanguage },
    );

  const refusals: TImportRefusal[] = [];
  const changes: TImportChange[] = [];
  let unchangedCount = 0;
  const byKey = new Map(target.entries.map((entry) => [entry.key, entry]));
  const seen = new Set<string>();
  const translated = new Map<string, string>();
  for (const unit of file.units) {
    const entry = byKey.get(unit.key);
    if (!entry) {
      refusals.push({ reason: "unknownKey", key: unit.key });
      continue;
    }
    if (seen.has(unit.key)) {
      refusals.push({ reason: "duplicateKey", key: unit.key });
      continue;
    }
    seen.add(unit.key);
    // The Finnish text is the contract: a translation of other words is not a translation of these.
    if (unit.source !== entry.text.fi)
      refusals.push({
        reason: "sourceChanged",
        key: unit.key,
        fileSource: unit.source,
        currentSource: entry.text.fi,
      });
    const text = unit.target;
    if (text === undefined || text.trim() === "") continue; // a blank target keeps what the form has
    if (unit.hasInlineMarkup || HTML.test(text)) refusals.push({ reason: "markup", key: unit.key });
    if (CONTROL.test(text) || isUnstorableText(text))
      refusals.push({ reason: "controlCharacter", key: unit.key });
    else if (!entry.isMultiline && LINE_BREAK.test(text))
      refusals.push({ reason: "lineBreak", key: unit.key });
    if (text.length > entry.maxLength)
      refusals.push({ reason: "tooLong", key: unit.key, length: text.length, max: entry.maxLength });
    translated.set(unit.key, text);
    const before = entry.text[language];
    if (before === text) unchangedCount += 1;
    else
      changes.push({
        key: unit.key,
        path: entry.path,
        ...(before !== undefined && before !== "" && { before }),
        after: text,
      });
  }
  const missing = target.entries
    .filter((entry) => !(translated.get(entry.key) ?? entry.text[language] ?? "").trim())
    .map((entry) => ({ key: entry.key, source: entry.text.fi }));
  return {
    language,
    fileRevision: file.revision,
    currentRevision: target.revision,
    isOtherRevision: file.revision !== target.revision,
    refusals,
    changes,
    missing,
    unchangedCount,
  };
}

/** Whether applying may go ahead: nothing refused, and another revision only when the editor confirmed it. */
export function canApplyImport(report: TTranslationImportReport, isOtherRevisionConfirmed: boolean): boolean {
  return report.refusals.length === 0 && (!report.isOtherRevision || isOtherRevisionConfirmed);
}
