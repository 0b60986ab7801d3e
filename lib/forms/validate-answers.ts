import {
  MAX_TOTAL_ATTACHMENT_BYTES,
  type TAnswers,
  type TAnswerValue,
  type TFileReference,
  type TGroupRow,
} from "./answer-values";
import { evaluateCondition, type TValueResolver } from "./conditions";
import { FILING_ROLE_KEY, isFilingRole } from "./filing-role";
import { isField, type TField, type TFormDefinition } from "./definition";
import type { TDataLookups, TFieldContext, TFieldIssue } from "./field-type";
import { getFieldType } from "./field-type-registry";
import { checkFieldRules, type TRuleScope } from "./check-field-rules";
import { requiredMessage } from "./field-messages";
import type { TLanguage } from "./localized-text";
import { formatByteSize, translateMessage } from "./messages";
import { todayInFinland } from "./today";

export interface TValidateAnswersOptions {
  language: TLanguage;
  /** Validate and return only this page's fields. Pass the merged answers of earlier pages too: conditions read them. */
  pageId?: string;
  /** YYYY-MM-DD; defaults to today in Finland at validation time. */
  today?: string;
  lookups?: TDataLookups;
}

export interface TAnswerValidationResult {
  /** Normalised values of visible, answered fields. Hidden fields and empty answers are left out. */
  value: TAnswers;
  issues: TFieldIssue[];
}

function asRecord(input: unknown): Record<string, unknown> {
  return input !== null && typeof input === "object" && !Array.isArray(input)
    ? (input as Record<string, unknown>)
    : {};
}

interface TScope {
  input: Record<string, unknown>;
  output: Record<string, TAnswerValue>;
  /** What conditions see: validated values, raw ones when invalid, undefined when hidden. */
  seen: Map<string, unknown>;
  resolve: TValueResolver;
  shown: Set<string>;
  withIssues: Set<string>;
}

function ruleScope(scope: TScope, fields: Map<string, TField>, outer?: TRuleScope): TRuleScope {
  return {
    valueOf: (key) => (key in scope.output ? scope.output[key] : outer?.valueOf(key)),
    isFilled: (key) =>
      scope.shown.has(key) ? scope.seen.get(key) !== undefined : (outer?.isFilled(key) ?? false),
    isShown: (key) => scope.shown.has(key) || (outer?.isShown(key) ?? false),
    hasIssue: (key) => scope.withIssues.has(key),
    fieldOf: (key) => fields.get(key) ?? outer?.fieldOf(key),
  };
}

function validateField(
  field: TField,
  scope: TScope,
  isParentVisible: boolean,
  context: Omit<TFieldContext, "validateRow">,
  issues: TFieldIssue[],
  pathPrefix: Array<string | number>,
): void {
  const isVisible = isParentVisible && evaluateCondition(field.visibleIf, scope.resolve);
  if (!isVisible) {
    scope.seen.set(field.key, undefined);
    return;
  }
  scope.shown.add(field.key);
  const issueCount = issues.length;
  const raw = scope.input[field.key];
  const type = getFieldType(field.type);
  const isRequired =
    field.type === "consent" ||
    field.required ||
    (field.requiredIf !== undefined && evaluateCondition(field.requiredIf, scope.resolve));
  if (type.isEmpty(raw)) {
    scope.seen.set(field.key, undefined);
    if (isRequired) {
      issues.push({ path: [...pathPrefix, field.key], message: requiredMessage(field, context.language) });
      scope.withIssues.add(field.key);
    }
    return;
  }
  const fieldContext: TFieldContext = { ...context };
  if (field.type === "repeatingGroup") {
    fieldContext.validateRow = (row, rowIndex) => validateRow(field.fields, row, scope, context, rowIndex);
  }
  const schema = (type.buildValueSchema as (field: TField, context: TFieldContext) => import("zod").ZodType)(
    field,
    fieldContext,
  );
  const parsed = schema.safeParse(raw, { error: () => translateMessage(context.language, "invalid") });
  if (parsed.success) {
    scope.output[field.key] = parsed.data as TAnswerValue;
    scope.seen.set(field.key, parsed.data);
  } else {
    scope.seen.set(field.key, raw);
    for (const issue of parsed.error.issues) {
      issues.push({
        path: [
          ...pathPrefix,
          field.key,
          ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)),
        ],
        message: issue.message,
      });
    }
  }
  if (issues.length > issueCount) scope.withIssues.add(field.key);
}

function validateRow(
  fields: TField[],
  row: unknown,
  outer: TScope,
  context: Omit<TFieldContext, "validateRow">,
  rowIndex: number,
): { value: TGroupRow; issues: TFieldIssue[] } {
  void rowIndex;
  const seen = new Map<string, unknown>();
  const scope: TScope = {
    input: asRecord(row),
    output: {},
    seen,
    resolve: (key) => (seen.has(key) ? seen.get(key) : outer.resolve(key)),
    shown: new Set(),
    withIssues: new Set(),
  };
  const issues: TFieldIssue[] = [];
  for (const field of fields) validateField(field, scope, true, context, issues, []);
  const outerRules = ruleScope(outer, new Map());
  const rowFields = new Map(fields.map((field) => [field.key, field]));
  issues.push(...checkFieldRules(fields, ruleScope(scope, rowFields, outerRules), context.language, []));
  return { value: scope.output, issues };
}

function collectFiles(value: unknown, files: TFileReference[]): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item && typeof item === "object" && "sha256" in item && "size" in item)
        files.push(item as TFileReference);
      else collectFiles(item, files);
    }
  } else if (value && typeof value === "object") {
    for (const nested of Object.values(value)) collectFiles(nested, files);
  }
}

/** The answer validator behind buildAnswerSchema. Never throws on any input. */
export function validateAnswers(
  definition: TFormDefinition,
  input: unknown,
  options: TValidateAnswersOptions,
): TAnswerValidationResult {
  const page =
    options.pageId === undefined
      ? undefined
      : definition.pages.find((candidate) => candidate.id === options.pageId);
  if (options.pageId !== undefined && !page) throw new Error(`Unknown page id "${options.pageId}"`);
  const context = {
    language: options.language,
    today: options.today ?? todayInFinland(),
    lookups: options.lookups ?? {},
  };
  const seen = new Map<string, unknown>();
  const record = asRecord(input);
  // The filing role is not a field: conditions read it from the input, and it stays with the answers.
  const role = isFilingRole(record[FILING_ROLE_KEY]) ? record[FILING_ROLE_KEY] : undefined;
  if (role) seen.set(FILING_ROLE_KEY, role);
  const scope: TScope = {
    input: record,
    output: role ? { [FILING_ROLE_KEY]: role } : {},
    seen,
    resolve: (key) => seen.get(key),
    shown: new Set(),
    withIssues: new Set(),
  };
  const issues: TFieldIssue[] = [];
  const keysOnPage = new Set<string>();
  const topFields: TField[] = [];

  for (const candidate of definition.pages) {
    const isPageVisible = evaluateCondition(candidate.visibleIf, scope.resolve);
    for (const element of candidate.elements) {
      if (!isField(element)) continue;
      topFields.push(element);
      if (candidate === page) keysOnPage.add(element.key);
      validateField(element, scope, isPageVisible, context, issues, []);
    }
  }
  const fieldsByKey = new Map(topFields.map((field) => [field.key, field]));
  issues.push(...checkFieldRules(topFields, ruleScope(scope, fieldsByKey), options.language, []));

  const files: TFileReference[] = [];
  collectFiles(scope.output, files);
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  if (totalBytes > MAX_TOTAL_ATTACHMENT_BYTES) {
    const firstFileKey = Object.keys(scope.output).find((key) => {
      const found: TFileReference[] = [];
      collectFiles(scope.output[key], found);
      return found.length > 0 && (!page || keysOnPage.has(key));
    });
    const message = translateMessage(options.language, "totalAttachmentsTooLarge", {
      max: formatByteSize(MAX_TOTAL_ATTACHMENT_BYTES, options.language),
    });
    if (firstFileKey) issues.push({ path: [firstFileKey], message });
    else if (!page) issues.push({ path: [], message });
  }

  if (!page) return { value: scope.output, issues };
  return {
    value: Object.fromEntries(Object.entries(scope.output).filter(([key]) => keysOnPage.has(key))),
    issues: issues.filter((issue) => keysOnPage.has(String(issue.path[0]))),
  };
}
