import * as z from "zod";

export const RESERVED_FORM_SLUGS: readonly string[] = ["in-progress"];

/** The public address part /f/{org}/{slug}: lowercase letters, digits and single hyphens. */
export const ZFormSlug = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  // /f/{org}/in-progress is the identified person's "my forms in progress" page.
  .refine((slug) => !RESERVED_FORM_SLUGS.includes(slug), { error: "reservedSlug" });

/** A slug suggestion from a title: "Vahingonkorvaus – hakemus" → "vahingonkorvaus-hakemus". */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug.length >= 3 ? slug : `lomake-${slug || "uusi"}`;
}
