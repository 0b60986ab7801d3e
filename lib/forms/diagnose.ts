import { findUnstorableText } from "./unstorable-text";
import { MAX_TOTAL_ATTACHMENT_BYTES } from "./answer-values";
import { isField, type TField, type TFieldType, type TFormDefinition } from "./definition";
import { createDiagnostic, type TDiagnostic } from "./diagnostic";
import { diagnoseFieldRules } from "./diagnose-field-rules";
import { diagnoseStopRules } from "./diagnose-stop-rules";
import { isValidPattern } from "./field-types/short-text";
import { estimateMessageLength } from "./estimate-message-length";
import { formatByteSize } from "./messages";
import { MESSAGE_BODY_LIMIT } from "./render-answers-text";
import { checkTranslations, listTexts } from "./translations";
import { validateDefinition } from "./validate-definition";
import { listFieldNodes } from "./walk-definition";
import { LANGUAGE_ENDONYMS } from "@/lib/i18n/locales";

export const LONG_LABEL_LENGTH = 120;
/** Worst cases above this share of the limit get a warning. */
export const NEAR_LIMIT_SHARE = 0.9;
/**
 * Types whose expected format people cannot guess without a hint. Exhaustive: a new field type does not
 * compile until it says whether a required field of its type needs one.
 */
const IS_HINT_EXPECTED: { readonly [T in TFieldType]: boolean } = {
  shortText: false,
  longText: false,
  number: false,
  email: false,
  phone: false,
  date: false,
  time: false,
  singleChoice: false,
  multipleChoice: false,
  yesNo: false,
  consent: false,
  personalIdentityCode: true,
  businessId: true,
  vehicleRegistrationNumber: true,
  iban: true,
  postalCode: false,
  address: false,
  municipality: false,
  country: false,
  file: true,
  repeatingGroup: false,
};

function isMarkdownPath(path: string): boolean {
  return path.endsWith("markdown") || /^exitPages\/\d+\/body$/.test(path);
}

export interface TDiagnosis {
  /** Publishing is refused while there are blockers. */
  blockers: TDiagnostic[];
  warnings: TDiagnostic[];
}

function maxAttachmentBytes(field: TField): number {
  if (field.type === "file") return field.settings.maxFiles * field.settings.maxFileSizeBytes;
  if (field.type === "repeatingGroup")
    return field.settings.maxRows * field.fields.reduce((sum, child) => sum + maxAttachmentBytes(child), 0);
  return 0;
}

function fieldSettingsProblems(field: TField, path: string): TDiagnostic[] {
  const problems: TDiagnostic[] = [];
  if (field.type === "singleChoice" || field.type === "multipleChoice") {
    if (field.settings.choices.length === 0) problems.push(createDiagnostic("noChoices", path, field.key));
    const seen = new Set<string>();
    for (const choice of field.settings.choices) {
      if (seen.has(choice.value))
        problems.push(createDiagnostic("duplicateChoice", path, field.key, { value: choice.value }));
      seen.add(choice.value);
    }
  }
  if (
    field.type === "shortText" &&
    field.settings.pattern !== undefined &&
    !isValidPattern(field.settings.pattern)
  ) {
    problems.push(createDiagnostic("invalidPattern", `${path}/settings/pattern`, field.key));
  }
  const ranges: Array<[number | string | undefined, number | string | undefined]> = [];
  if (field.type === "number") ranges.push([field.settings.min, field.settings.max]);
  if (field.type === "date") ranges.push([field.settings.min, field.settings.max]);
  if (field.type === "shortText" || field.type === "longText")
    ranges.push([field.settings.minLength, field.settings.maxLength]);
  if (field.type === "multipleChoice")
    ranges.push([field.settings.minSelections, field.settings.maxSelections]);
  if (field.type === "repeatingGroup") ranges.push([field.settings.minRows, field.settings.maxRows]);
  if (ranges.some(([min, max]) => min !== undefined && max !== undefined && min > max)) {
    problems.push(createDiagnostic("invalidRange", `${path}/settings`, field.key));
  }
  return problems;
}

/** Publish blockers and warnings for a definition, each with a code, a location and a message in fi/sv/en. */
export function diagnose(definition: TFormDefinition): TDiagnosis {
  const blockers: TDiagnostic[] = [...validateDefinition(definition), ...diagnoseFieldRules(definition)];
  const warnings: TDiagnostic[] = [];
  const stopRuleDiagnosis = diagnoseStopRules(definition);
  blockers.push(...stopRuleDiagnosis.blockers);
  warnings.push(...stopRuleDiagnosis.warnings);
  for (const path of findUnstorableText(definition)) {
    blockers.push(createDiagnostic("unstorableText", path.join("/"), undefined, { path: path.join("/") }));
  }

  for (const entry of listTexts(definition)) {
    if (entry.text.fi.trim() === "")
      blockers.push(
        createDiagnostic("missingFinnishText", entry.path, entry.elementId, { text: entry.path }),
      );
    if (/<\/?[a-zA-Z][^>]*>/.test(entry.text.fi) && isMarkdownPath(entry.path)) {
      warnings.push(createDiagnostic("rawHtml", entry.path, entry.elementId));
    }
  }
  for (const report of checkTranslations(
    definition,
    definition.languages.filter((language) => language !== "fi"),
  )) {
    for (const missing of report.missing) {
      blockers.push(
        createDiagnostic("missingTranslation", missing.path, missing.elementId, {
          language: LANGUAGE_ENDONYMS[report.language],
          text: missing.fi.trim() === "" ? missing.path : `”${missing.fi.slice(0, 60)}”`,
        }),
      );
    }
  }

  for (const node of listFieldNodes(definition)) {
    const field = node.element;
    blockers.push(...fieldSettingsProblems(field, node.path));
    if (field.label.fi.length > LONG_LABEL_LENGTH) {
      warnings.push(
        createDiagnostic("longLabel", `${node.path}/label`, field.key, { length: field.label.fi.length }),
      );
    }
    if (field.required && !field.hint && IS_HINT_EXPECTED[field.type]) {
      warnings.push(createDiagnostic("missingHint", `${node.path}/hint`, field.key));
    }
  }
  definition.pages.forEach((page, pageIndex) => {
    if (!page.elements.some(isField))
      warnings.push(createDiagnostic("emptyPage", `pages/${pageIndex}`, page.id));
  });

  const { opensAt, closesAt } = definition.availability ?? {};
  if (opensAt && closesAt && Date.parse(closesAt) <= Date.parse(opensAt)) {
    blockers.push(createDiagnostic("invalidAvailability", "availability", undefined));
  }

  const totalAttachmentBytes = definition.pages
    .flatMap((page) => page.elements.filter(isField))
    .reduce((sum, field) => sum + maxAttachmentBytes(field), 0);
  if (totalAttachmentBytes > MAX_TOTAL_ATTACHMENT_BYTES) {
    blockers.push(
      createDiagnostic("attachmentsOverLimit", "pages", undefined, {
        total: formatByteSize(totalAttachmentBytes, "fi"),
        limit: formatByteSize(MAX_TOTAL_ATTACHMENT_BYTES, "fi"),
      }),
    );
  }

  for (const estimate of estimateMessageLength(definition)) {
    const params = {
      length: Number.isFinite(estimate.worstCase) ? estimate.worstCase : "∞",
      limit: MESSAGE_BODY_LIMIT,
      language: LANGUAGE_ENDONYMS[estimate.language],
      fields: estimate.largestFields.map((field) => `${field.key} (${field.length})`).join(", "),
    };
    if (estimate.worstCase > MESSAGE_BODY_LIMIT)
      blockers.push(createDiagnostic("messageBodyTooLong", "pages", undefined, params));
    else if (estimate.worstCase > MESSAGE_BODY_LIMIT * NEAR_LIMIT_SHARE)
      warnings.push(createDiagnostic("messageBodyNearLimit", "pages", undefined, params));
  }
  return { blockers, warnings };
}
