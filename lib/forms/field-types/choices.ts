import * as z from "zod";
import { ZLocalizedText, localize, type TLanguage } from "../localized-text";

export const ZChoice = z
  .object({
    /** Machine value the target systems see. */
    value: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/),
    label: ZLocalizedText,
  })
  .strict()
  .meta({ id: "Choice" });
export type TChoice = z.infer<typeof ZChoice>;

/** May be empty while drafting; diagnose() blocks publishing a choice field without choices. */
export const ZChoiceList = z.array(ZChoice).max(200).default([]);

export function choiceLabel(choices: TChoice[], value: string, language: TLanguage): string {
  const choice = choices.find((candidate) => candidate.value === value);
  return choice ? localize(choice.label, language) : value;
}

export function longestChoiceLabel(choices: TChoice[], language: TLanguage): number {
  return Math.max(0, ...choices.map((choice) => localize(choice.label, language).length));
}
