// The work view's filters and paging cursor as they travel in the list's URL. Nothing personal goes here:
// a search by name or henkilötunnus travels as an opaque token (work-view-search-token.ts).
import { z } from "zod";
import { SUBMISSION_STATES } from "@/lib/submissions/submission-moves";

export const WORK_VIEW_PAGE_SIZE = 50;

const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

/** What the list shows: the forms (submissions), the citizens' other messages, or both in one order. */
export const WORK_VIEW_SHOW = ["submissions", "messages", "all"] as const;

export const ZWorkViewFilters = z.object({
  show: z.enum(WORK_VIEW_SHOW).optional().default("submissions"),
  /** A Suomi.fi service (suomifi_service.id): the submissions of the forms that use it. */
  service: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .transform((value) => value || undefined),
  form: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .transform((value) => value || undefined),
  state: z
    .union([z.enum(SUBMISSION_STATES), z.literal("")])
    .optional()
    .transform((value) => value || undefined),
  from: z
    .union([z.iso.date(), z.literal("")])
    .optional()
    .transform((value) => value || undefined),
  to: z
    .union([z.iso.date(), z.literal("")])
    .optional()
    .transform((value) => value || undefined),
  /** "me", "none" or a member's user id. */
  assignee: z
    .union([z.literal("me"), z.literal("none"), z.uuid(), z.literal("")])
    .optional()
    .transform((value) => value || undefined),
  handled: z
    .union([z.enum(["yes", "no"]), z.literal("")])
    .optional()
    .transform((value) => value || undefined),
  reference: ZOptionalText(40),
  /** Opaque token of a name / henkilötunnus search. */
  search: ZOptionalText(4000),
  sort: z.enum(["newest", "oldest"]).optional().default("newest"),
  after: ZOptionalText(200),
  before: ZOptionalText(200),
});
export type TWorkViewFilters = z.output<typeof ZWorkViewFilters>;

export type TWorkViewCursor = { createdAt: Date; id: string };

export function encodeCursor(cursor: TWorkViewCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`, "utf8").toString("base64url");
}

const ZCursor = z.tuple([z.iso.datetime(), z.uuid()]);

/** The cursor, or null when it was not made by encodeCursor (a hand-edited URL). */
export function decodeCursor(text: string): TWorkViewCursor | null {
  const parsed = ZCursor.safeParse(Buffer.from(text, "base64url").toString("utf8").split("|"));
  return parsed.success ? { createdAt: new Date(parsed.data[0]), id: parsed.data[1] } : null;
}

/** "lmk 7f3k 9q2d", "LMK7F3K9Q2D" and "7F3K-9Q2D" all read as LMK-7F3K-9Q2D. */
export function normaliseReference(text: string): string {
  const compact = text.toUpperCase().replace(/[^0-9A-Z]/g, "");
  const body = compact.startsWith("LMK") ? compact.slice(3) : compact;
  return body.length === 8 ? `LMK-${body.slice(0, 4)}-${body.slice(4)}` : text.trim().toUpperCase();
}

/** The list's URL for these filters (and a page), for links and redirects. */
export function workViewHref(
  filters: Partial<TWorkViewFilters>,
  page: { after?: string; before?: string } = {},
): string {
  const params = new URLSearchParams();
  const keys = [
    "service",
    "form",
    "state",
    "from",
    "to",
    "assignee",
    "handled",
    "reference",
    "search",
  ] as const;
  for (const key of keys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.show && filters.show !== "submissions") params.set("show", filters.show);
  if (filters.sort && filters.sort !== "newest") params.set("sort", filters.sort);
  if (page.after) params.set("after", page.after);
  if (page.before) params.set("before", page.before);
  const query = params.toString();
  return query ? `/admin/submissions?${query}` : "/admin/submissions";
}

/** A "back" address is only ever the work view itself (never another site or page). */
export function safeWorkViewBack(value: string | undefined): string {
  if (!value || !/^\/admin\/submissions(\?[^#\s]*)?$/.test(value) || value.startsWith("//"))
    return "/admin/submissions";
  return value;
}
