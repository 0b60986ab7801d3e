// The associated data bound to each kind of encrypted column: a value decrypts only under the context it was
// sealed with, so a ciphertext copied into another row or column fails authentication instead of leaking.
// One list, so the writer and every reader of a column cannot drift apart.
export const submissionAnswersContext = (submissionId: string) => `submission-answers:${submissionId}`;
export const submissionMessageTextContext = (submissionId: string) =>
  `submission-message-text:${submissionId}`;
export const submissionNoteContext = (noteId: string) => `submission-note:${noteId}`;
export const storedFileContext = (fileId: string) => `stored-file:${fileId}`;
export const retrievedContentContext = (messageId: string) => `retrieved-message:${messageId}`;
export const retrievedSenderContext = (messageId: string) => `retrieved-sender:${messageId}`;
export const retrievedAttachmentContext = (attachmentId: string) => `retrieved-attachment:${attachmentId}`;
export const inboxNoteContext = (noteId: string) => `inbox-note:${noteId}`;
export const sentMessageContext = (sentMessageId: string) => `sent-message:${sentMessageId}`;
export const citizenDraftAnswersContext = (draftId: string) => `citizen-draft:${draftId}`;
export const citizenDraftFilingContext = (draftId: string) => `citizen-draft-filing:${draftId}`;
export const submissionFilingContext = (submissionId: string) => `submission-filing:${submissionId}`;
export const totpSecretContext = (userId: string) => `totp-secret:${userId}`;
export const deliveryTargetSecretsContext = (targetId: string) => `delivery-target-secrets:${targetId}`;
export const exportFileContext = (exportId: string) => `export-file:${exportId}`;
/** One context for every connection's password (current and pending): historic, kept for existing rows. */
export const SUOMIFI_CONNECTION_PASSWORD_CONTEXT = "suomifi-connection";
export const identificationAttemptContext = (attemptId: string) => `identification-attempt:${attemptId}`;
export const identificationSessionContext = (sessionId: string) => `identification-session:${sessionId}`;
