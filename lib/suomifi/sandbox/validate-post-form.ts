// Checks a POST API submission against the profile: hidden fields, the text limit and the attachments.
import { normaliseMessageText as normaliseText } from "@/lib/forms/render-answers-text";
import type { TPostFieldPurpose, TPostProfile } from "../post-profile";
import { fileExtension } from "./media-type";

export type TPostProblem =
  | { kind: "missing" | "too-long" | "invalid"; field: string; limit?: number }
  | { kind: "text-too-long"; field: string; limit: number; length: number }
  | { kind: "attachments-too-large"; limit: number; total: number }
  | { kind: "file-type"; filename: string }
  | { kind: "files-not-allowed" }
  | { kind: "unknown-service" | "unknown-organisation" | "return-not-registered"; field: string };

export type TValidPost = {
  values: Partial<Record<TPostFieldPurpose, string>>;
  files: File[];
};

const LANGUAGES = new Set(["fi", "sv", "en"]);

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

export function validatePostForm(
  profile: TPostProfile,
  form: FormData,
): { isValid: true; post: TValidPost } | { isValid: false; problem: TPostProblem; language?: string } {
  const values: Partial<Record<TPostFieldPurpose, string>> = {};
  const language = form.get(profile.fields.find((field) => field.purpose === "language")?.name ?? "");
  const fail = (problem: TPostProblem) => ({
    isValid: false as const,
    problem,
    language: typeof language === "string" && LANGUAGES.has(language) ? language : undefined,
  });
  for (const field of profile.fields) {
    const raw = form.get(field.name);
    const text = typeof raw === "string" ? raw : "";
    const value = field.purpose === "body" ? normaliseText(text) : text.trim();
    if (value === "") {
      if (field.isMandatory) return fail({ kind: "missing", field: field.name });
      continue;
    }
    if (field.purpose === "body") {
      const limit = Math.min(field.maxLength, profile.limits.maxTextChars);
      if (value.length > limit)
        return fail({ kind: "text-too-long", field: field.name, limit, length: value.length });
    } else if (value.length > field.maxLength) {
      return fail({ kind: "too-long", field: field.name, limit: field.maxLength });
    }
    if (field.purpose === "returnUrl" && !isHttpUrl(value))
      return fail({ kind: "invalid", field: field.name });
    if (field.purpose === "language" && !LANGUAGES.has(value))
      return fail({ kind: "invalid", field: field.name });
    values[field.purpose] = value;
  }
  // A file input left empty still sends a part with an empty name and no bytes: ignore those.
  const files = [...form.values()].filter(
    (entry): entry is File => entry instanceof File && (entry.size > 0 || entry.name !== ""),
  );
  if (files.length > 0 && !profile.filesAllowedInPost) return fail({ kind: "files-not-allowed" });
  for (const file of files) {
    if (!profile.limits.allowedExtensions.includes(fileExtension(file.name))) {
      return fail({ kind: "file-type", filename: file.name });
    }
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > profile.limits.maxAttachmentBytesTotal) {
    return fail({ kind: "attachments-too-large", limit: profile.limits.maxAttachmentBytesTotal, total });
  }
  return { isValid: true, post: { values, files } };
}

/**
 * Is this return address one the organisation registered? Same origin as a prefix and a path under it,
 * compared after parsing (so "https://lomake.example.evil.example/f/" or "/f/../admin" do not pass).
 */
export function isRegisteredReturnUrl(value: string, prefixes: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return prefixes.some((prefix) => {
    try {
      const registered = new URL(prefix);
      return url.origin === registered.origin && url.pathname.startsWith(registered.pathname);
    } catch {
      return false;
    }
  });
}

/** The return address with the profile's outcome parameter, if the profile has one. */
export function returnUrlWithOutcome(
  profile: TPostProfile,
  returnUrl: string,
  outcome: "completed" | "cancelled" | "failed",
): string {
  const parameter = profile.outcomeParameter;
  if (!parameter) return returnUrl;
  const url = new URL(returnUrl);
  const value =
    outcome === "completed"
      ? parameter.completedValue
      : outcome === "cancelled"
        ? parameter.cancelledValue
        : parameter.failedValue;
  url.searchParams.set(parameter.name, value);
  return url.toString();
}
