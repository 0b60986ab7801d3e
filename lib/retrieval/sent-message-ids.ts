// The externalIds of messages Lomake sends through Suomi.fi: derived from what they answer, so a retry or a
// second worker sends nothing twice (Suomi.fi answers 409 with the original message).
export const RECEIPT_EXTERNAL_ID_PREFIX = "lomake-receipt-";

export const receiptExternalId = (submissionId: string) => `${RECEIPT_EXTERNAL_ID_PREFIX}${submissionId}`;

/** A handler's answer: one per reply the handler composed (the id is made when the form is opened). */
export const replyExternalId = (replyId: string) => `lomake-reply-${replyId}`;
