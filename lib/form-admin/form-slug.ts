import * as z from "zod";

/** The public address part /f/{org}/{slug}: lowercase letters, digits and single hyphens. */
export const ZFormSlug = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

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
