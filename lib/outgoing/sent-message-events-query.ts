// How a sent message's Suomi.fi events are read for its page (components/admin/sent-message-events.tsx).
export const SENT_MESSAGE_EVENTS = {
  select: { id: true, type: true, eventTime: true },
  orderBy: [{ eventTime: "asc" as const }, { createdAt: "asc" as const }],
};
