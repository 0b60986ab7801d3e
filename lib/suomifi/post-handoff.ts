// Builds the fields of the HTML form that hands a submission to Suomi.fi Messages' POST API.
import { normaliseMessageText as normaliseText } from "@/lib/forms/render-answers-text";
import type { TPostFieldPurpose, TPostProfile } from "./post-profile";

export type THandoffInput = {
  organisationId: string;
  serviceId: string;
  returnUrl?: string;
  title: string;
  language?: "fi" | "sv" | "en";
  body: string;
  reference?: string;
};

export type THandoffField = { name: string; value: string; purpose: TPostFieldPurpose; maxLength: number };

export type THandoff = {
  actionUrl: string;
  /** In profile order; render each as <input type="hidden">. */
  hiddenFields: THandoffField[];
  /** The visible message text (a <textarea>), already normalised. */
  textField: THandoffField;
  /** Name for <input type="file"> when the profile allows files in the post. */
  fileFieldName?: string;
  maxAttachmentBytesTotal: number;
  allowedExtensions: string[];
};

export class PostHandoffFieldError extends Error {
  constructor(
    readonly fieldName: string,
    readonly purpose: TPostFieldPurpose,
    readonly problem: "missing" | "too-long",
    readonly maxLength?: number,
  ) {
    super(
      problem === "missing"
        ? `Suomi.fi POST field ${fieldName} (${purpose}) is mandatory but has no value`
        : `Suomi.fi POST field ${fieldName} (${purpose}) is longer than ${maxLength} characters`,
    );
    this.name = "PostHandoffFieldError";
  }
}

/** Maximum length of a field, counting UTF-16 code units like the browser's maxlength attribute. */
export function fieldMaxLength(profile: TPostProfile, purpose: TPostFieldPurpose, declared: number): number {
  return purpose === "body" ? Math.min(declared, profile.limits.maxTextChars) : declared;
}

export function buildHandoffFields(profile: TPostProfile, input: THandoffInput): THandoff {
  const values: Record<TPostFieldPurpose, string | undefined> = {
    organisationId: input.organisationId,
    serviceId: input.serviceId,
    returnUrl: input.returnUrl,
    title: input.title,
    language: input.language,
    reference: input.reference,
    body: normaliseText(input.body),
  };
  const hiddenFields: THandoffField[] = [];
  let textField: THandoffField | undefined;
  for (const field of profile.fields) {
    const value = values[field.purpose]?.trim() === "" ? undefined : values[field.purpose];
    const maxLength = fieldMaxLength(profile, field.purpose, field.maxLength);
    if (value === undefined) {
      if (field.isMandatory) throw new PostHandoffFieldError(field.name, field.purpose, "missing");
      if (field.kind === "hidden") continue;
    }
    if (value !== undefined && value.length > maxLength) {
      throw new PostHandoffFieldError(field.name, field.purpose, "too-long", maxLength);
    }
    const built = { name: field.name, value: value ?? "", purpose: field.purpose, maxLength };
    if (field.kind === "visible") textField = built;
    else hiddenFields.push(built);
  }
  if (!textField) throw new Error("The POST profile has no visible text field");
  return {
    actionUrl: profile.actionUrl,
    hiddenFields,
    textField,
    fileFieldName: profile.filesAllowedInPost ? profile.fileFieldName : undefined,
    maxAttachmentBytesTotal: profile.limits.maxAttachmentBytesTotal,
    allowedExtensions: profile.limits.allowedExtensions,
  };
}
