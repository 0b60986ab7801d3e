// Read model of the handler's work view: submissions filtered, searched and paged by keyset over
// (created_at, id), so any number of rows can be paged through and each row is seen exactly once.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { maskedSenders } from "@/lib/submissions/masked-senders";
import type { TSubmissionState } from "@/lib/submissions/submission-moves";
import {
  decodeCursor,
  encodeCursor,
  normaliseReference,
  WORK_VIEW_PAGE_SIZE,
  type TWorkViewCursor,
  type TWorkViewFilters,
} from "@/lib/submissions/work-view-filters";
import type { TWorkViewSearch } from "@/lib/submissions/work-view-search-token";
import {
  messagesWhere,
  readWorkViewMessages,
  type TWorkViewMessage,
} from "@/lib/submissions/work-view-messages";

export type TWorkViewItem = {
  kind: "submission";
  id: string;
  reference: string;
  formId: string;
  formSlug: string;
  status: TSubmissionState;
  createdAt: Date;
  retrievedAt: Date | null;
  assignedToUserId: string | null;
  /** The identified sender from Suomi.fi, masked; null until retrieved or after retention. */
  senderMasked: string | null;
};

/** A row of the work view: a submission, or (shown with "messages" or "all") a citizen's other message. */
export type TWorkViewRow = TWorkViewItem | TWorkViewMessage;

export type TWorkViewPage = {
  items: TWorkViewRow[];
  /** Cursors of the pages after and before this one (null at either end). */
  next: string | null;
  previous: string | null;
};

/** Finnish calendar days: a "to" date includes the whole day in Helsinki. */
function helsinkiMidnight(date: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  const offsetText = new Intl.DateTimeFormat("en-US", {
    timeZone: "Europe/Helsinki",
    timeZoneName: "longOffset",
  })
    .formatToParts(utcMidnight)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offsetText ?? "");
  const offsetMinutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(utcMidnight.getTime() - offsetMinutes * 60_000);
}

export function workViewWhere(
  organizationId: string,
  userId: string,
  filters: TWorkViewFilters,
  search: TWorkViewSearch | null,
): Prisma.SubmissionWhereInput {
  const and: Prisma.SubmissionWhereInput[] = [{ organizationId }];
  if (filters.service) and.push({ form: { suomifiServiceId: filters.service } });
  if (filters.form) and.push({ formId: filters.form });
  if (filters.state) and.push({ status: filters.state });
  if (filters.handled === "yes") and.push({ status: "handled" });
  if (filters.handled === "no") and.push({ status: { not: "handled" } });
  if (filters.assignee === "me") and.push({ assignedToUserId: userId });
  else if (filters.assignee === "none") and.push({ assignedToUserId: null });
  else if (filters.assignee) and.push({ assignedToUserId: filters.assignee });
  if (filters.from) and.push({ createdAt: { gte: helsinkiMidnight(filters.from) } });
  if (filters.to) {
    const next = new Date(`${filters.to}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    and.push({ createdAt: { lt: helsinkiMidnight(next.toISOString().slice(0, 10)) } });
  }
  if (filters.reference) and.push({ reference: normaliseReference(filters.reference) });
  if (search?.nameHashes.length) and.push({ senderNameHashes: { hasEvery: search.nameHashes } });
  if (search?.idHash)
    and.push({ OR: [{ senderIdHash: search.idHash }, { personIdHashes: { has: search.idHash } }] });
  return { AND: and };
}

function afterCursor(cursor: TWorkViewCursor, isDescending: boolean): Prisma.SubmissionWhereInput {
  const beyond = isDescending ? "lt" : "gt";
  return {
    OR: [
      { createdAt: { [beyond]: cursor.createdAt } },
      { createdAt: cursor.createdAt, id: { [beyond]: cursor.id } },
    ],
  };
}

/** Up to `take` submissions beyond the cursor in reading order, with their masked senders. */
async function readWorkViewSubmissions(
  where: Prisma.SubmissionWhereInput,
  cursor: TWorkViewCursor | null,
  isReading: boolean,
  take: number,
): Promise<TWorkViewItem[]> {
  const rows = await getPrisma().submission.findMany({
    where: cursor ? { AND: [where, afterCursor(cursor, isReading)] } : where,
    orderBy: [{ createdAt: isReading ? "desc" : "asc" }, { id: isReading ? "desc" : "asc" }],
    take,
    select: {
      id: true,
      reference: true,
      formId: true,
      status: true,
      createdAt: true,
      retrievedAt: true,
      assignedToUserId: true,
      form: { select: { slug: true } },
    },
  });
  const senders = await maskedSenders(rows.map((row) => row.id));
  return rows.map(({ form, ...row }) => ({
    kind: "submission" as const,
    ...row,
    formSlug: form.slug,
    senderMasked: senders.get(row.id) ?? null,
  }));
}

/** One page of the work view. A cursor that does not decode starts from the first page. */
export async function listWorkView(
  organizationId: string,
  userId: string,
  filters: TWorkViewFilters,
  search: TWorkViewSearch | null,
  pageSize: number = WORK_VIEW_PAGE_SIZE,
): Promise<TWorkViewPage> {
  const isDescending = filters.sort === "newest";
  const after = filters.after ? decodeCursor(filters.after) : null;
  const before = !after && filters.before ? decodeCursor(filters.before) : null;
  // Paging backwards reads in the opposite order from the cursor, then turns the page around.
  const isReading = before ? !isDescending : isDescending;
  const cursor = after ?? before;
  // Submissions and messages each read a page beyond the cursor; merged in the same (time, id) order, the first
  // page's worth is this page (the rest is found again from the next cursor).
  const [submissions, messages] = await Promise.all([
    filters.show === "messages"
      ? []
      : readWorkViewSubmissions(
          workViewWhere(organizationId, userId, filters, search),
          cursor,
          isReading,
          pageSize + 1,
        ),
    filters.show === "submissions"
      ? []
      : messagesWhere(organizationId, userId, filters, search, helsinkiMidnight).then((where) =>
          where ? readWorkViewMessages(where, cursor, isReading, pageSize + 1) : [],
        ),
  ]);
  const direction = isReading ? -1 : 1;
  const rows: TWorkViewRow[] = [...submissions, ...messages].sort(
    (a, b) =>
      direction * (a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  );
  const hasMore = rows.length > pageSize;
  const items = rows.slice(0, pageSize);
  if (before) items.reverse();
  const first = items[0];
  const last = items[items.length - 1];
  const hasNext = before ? true : hasMore;
  const hasPrevious = before ? hasMore : Boolean(after);
  return {
    items,
    next: hasNext && last ? encodeCursor(last) : null,
    previous: hasPrevious && first ? encodeCursor(first) : null,
  };
}
