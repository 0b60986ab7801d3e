import * as z from "zod";
import type { TAnswers } from "./answer-values";
import type { TFormDefinition } from "./definition";
import { validateAnswers, type TValidateAnswersOptions } from "./validate-answers";

export type TBuildAnswerSchemaOptions = TValidateAnswersOptions;

/**
 * A zod schema for a whole submission, or for one page with `pageId`. Error messages are in `language`,
 * issue paths point at the failing field (`["claimant", "postalCode"]`, `["expenses", 0, "amount"]`).
 * Hidden fields (condition false, or on a hidden page) are not validated and are stripped from the result.
 */
export function buildAnswerSchema(
  definition: TFormDefinition,
  options: TBuildAnswerSchemaOptions,
): z.ZodType<TAnswers, unknown> {
  if (options.pageId !== undefined && !definition.pages.some((page) => page.id === options.pageId)) {
    throw new Error(`Unknown page id "${options.pageId}"`);
  }
  return z.unknown().transform((input, context) => {
    const result = validateAnswers(definition, input, options);
    for (const issue of result.issues)
      context.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return result.issues.length > 0 ? z.NEVER : result.value;
  });
}
