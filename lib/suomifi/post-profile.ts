// The POST profile: everything about Suomi.fi Messages' POST API that is configuration, not code.
// Versioned JSON, so stored profiles can be migrated when the shape changes.
import { z } from "zod";

export const POST_FIELD_PURPOSES = [
  "organisationId",
  "serviceId",
  "returnUrl",
  "title",
  "language",
  "reference",
  "body",
] as const;
export type TPostFieldPurpose = (typeof POST_FIELD_PURPOSES)[number];

export const ZPostProfileField = z.object({
  name: z.string().min(1).max(100),
  purpose: z.enum(POST_FIELD_PURPOSES),
  /** "hidden" travels as <input type="hidden">; "visible" is shown to the citizen (the message text). */
  kind: z.enum(["hidden", "visible"]),
  isMandatory: z.boolean(),
  maxLength: z.number().int().positive(),
});
export type TPostProfileField = z.infer<typeof ZPostProfileField>;

export const ZPostProfile = z
  .object({
    version: z.literal(1),
    /** Where the profile's field table comes from, shown to administrators. */
    note: z.string().optional(),
    actionUrl: z.url(),
    fields: z.array(ZPostProfileField).min(1),
    limits: z.object({
      maxTextChars: z.number().int().positive(),
      maxAttachmentBytesTotal: z.number().int().positive(),
      /** Lower-case, without dots. */
      allowedExtensions: z.array(z.string().regex(/^[a-z0-9]+$/)),
    }),
    filesAllowedInPost: z.boolean(),
    /** Name of the file input(s) when files are allowed. */
    fileFieldName: z.string().min(1).optional(),
    /** Only where the service documents one: appended to the return address. */
    outcomeParameter: z
      .object({
        name: z.string().min(1),
        completedValue: z.string().min(1),
        cancelledValue: z.string().min(1),
        /** Used when the citizen has no Suomi.fi Messages in use. */
        failedValue: z.string().min(1),
      })
      .optional(),
  })
  .superRefine((profile, context) => {
    const names = new Set<string>();
    for (const field of profile.fields) {
      if (names.has(field.name))
        context.addIssue({ code: "custom", message: `Duplicate field ${field.name}` });
      names.add(field.name);
    }
    for (const purpose of ["organisationId", "serviceId", "body"] as const) {
      if (!profile.fields.some((field) => field.purpose === purpose)) {
        context.addIssue({ code: "custom", message: `A field for ${purpose} is required` });
      }
    }
  });
export type TPostProfile = z.infer<typeof ZPostProfile>;

const TEN_MEGABYTES = 10 * 1024 * 1024;
const ALLOWED_EXTENSIONS = [
  "pdf",
  "jpg",
  "jpeg",
  "png",
  "doc",
  "docx",
  "xls",
  "xlsx",
  "ppt",
  "pptx",
  "odt",
  "ods",
  "txt",
];

/** Path of the POST endpoint on the sandbox's origin. */
export const SANDBOX_POST_PATH = "/post-api/v1/messages";

/** The sandbox's profile: the candidate names of post-api.md §3 and an outcome parameter. */
export function SANDBOX_POST_PROFILE(sandboxUrl: string): TPostProfile {
  return {
    version: 1,
    note: "Lomake's Suomi.fi sandbox. Field names are the unconfirmed candidates; the real ones come from DVV's Table 2.",
    actionUrl: `${sandboxUrl.replace(/\/+$/, "")}${SANDBOX_POST_PATH}`,
    fields: [
      {
        name: "ViranomaisTunnus",
        purpose: "organisationId",
        kind: "hidden",
        isMandatory: true,
        maxLength: 100,
      },
      { name: "PalveluTunnus", purpose: "serviceId", kind: "hidden", isMandatory: true, maxLength: 100 },
      { name: "PaluuOsoite", purpose: "returnUrl", kind: "hidden", isMandatory: false, maxLength: 2000 },
      { name: "Otsikko", purpose: "title", kind: "hidden", isMandatory: true, maxLength: 256 },
      { name: "Kieli", purpose: "language", kind: "hidden", isMandatory: false, maxLength: 2 },
      { name: "Viite", purpose: "reference", kind: "hidden", isMandatory: false, maxLength: 100 },
      { name: "Viesti", purpose: "body", kind: "visible", isMandatory: true, maxLength: 4000 },
    ],
    limits: {
      maxTextChars: 4000,
      maxAttachmentBytesTotal: TEN_MEGABYTES,
      allowedExtensions: ALLOWED_EXTENSIONS,
    },
    filesAllowedInPost: true,
    fileFieldName: "Liite",
    outcomeParameter: {
      name: "outcome",
      completedValue: "completed",
      cancelledValue: "cancelled",
      failedValue: "no-mailbox",
    },
  };
}

/**
 * Starting point for a QA or production connection. NOT usable as is: the action URL is a placeholder and the
 * field table below repeats the sandbox's unconfirmed guesses. Before going live, copy the names, mandatory
 * flags and maximum lengths from Table 2 of DVV's POST API description
 * (https://kehittajille.suomi.fi/services/messages/technical-description/post-api) and the action URL given at
 * deployment. No outcome parameter until DVV's documentation shows one.
 */
export const DVV_POST_PROFILE_TEMPLATE: TPostProfile = {
  ...SANDBOX_POST_PROFILE("https://post-api-url-from-dvv.invalid"),
  note: "TEMPLATE: copy the field table from DVV's Table 2 and the action URL from the deployment before use.",
  fileFieldName: "Liite",
  outcomeParameter: undefined,
};
