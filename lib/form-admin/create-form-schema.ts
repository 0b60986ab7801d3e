// Browser-safe: the "new form" input, validated in the browser (react-hook-form) and again on the server.
import * as z from "zod";
import { ZFormSlug } from "./form-slug";

export const ZCreateForm = z.object({
  title: z.string().trim().min(1).max(200),
  slug: ZFormSlug,
  /** A seeded template id, or empty for a blank form. */
  templateId: z
    .string()
    .regex(/^[a-z0-9-]*$/)
    .optional(),
});
export type TCreateForm = z.infer<typeof ZCreateForm>;
