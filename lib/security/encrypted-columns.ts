// Every encrypted column of the database with the associated data its values are sealed under. Key rotation
// walks this list; a unit test compares it with the Prisma schema, so a new encrypted column cannot be left out.
import {
  citizenDraftAnswersContext,
  citizenDraftFilingContext,
  submissionFilingContext,
  deliveryTargetSecretsContext,
  exportFileContext,
  identificationAttemptContext,
  inboxNoteContext,
  sentMessageContext,
  identificationSessionContext,
  retrievedAttachmentContext,
  retrievedContentContext,
  retrievedSenderContext,
  storedFileContext,
  submissionAnswersContext,
  submissionMessageTextContext,
  submissionNoteContext,
  SUOMIFI_CONNECTION_PASSWORD_CONTEXT,
  totpSecretContext,
} from "@/lib/crypto/encryption-contexts";

export type TEncryptedColumn = {
  /** Prisma model and field, as written in prisma/schema (for the schema check and reports). */
  model: string;
  field: string;
  /** SQL table and column. */
  table: string;
  column: string;
  /** "text": string envelope "v1.<keyId>...."; "bytes": binary envelope in a bytea column. */
  kind: "text" | "bytes";
  /** Associated data of the row's value, from the row's uuid primary key `id`. */
  context: (id: string) => string;
  /** Rows per transaction; smaller for columns holding whole files. */
  batchSize: number;
};

const TEXT_BATCH = 200;
const FILE_BATCH = 10;

export const ENCRYPTED_COLUMNS: readonly TEncryptedColumn[] = [
  {
    model: "InboxNote",
    field: "textEncrypted",
    table: "inbox_note",
    column: "text_encrypted",
    kind: "text",
    context: inboxNoteContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "SentMessage",
    field: "contentEncrypted",
    table: "sent_message",
    column: "content_encrypted",
    kind: "text",
    context: sentMessageContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "IdentificationAttempt",
    field: "identityEncrypted",
    table: "identification_attempt",
    column: "identity_encrypted",
    kind: "text",
    context: identificationAttemptContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "IdentificationSession",
    field: "identityEncrypted",
    table: "identification_session",
    column: "identity_encrypted",
    kind: "text",
    context: identificationSessionContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "User",
    field: "totpSecretEncrypted",
    table: "app_user",
    column: "totp_secret_encrypted",
    kind: "text",
    context: totpSecretContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "DeliveryTarget",
    field: "secretsEncrypted",
    table: "delivery_target",
    column: "secrets_encrypted",
    kind: "text",
    context: deliveryTargetSecretsContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "ExportJob",
    field: "fileEncrypted",
    table: "export_job",
    column: "file_encrypted",
    kind: "bytes",
    context: exportFileContext,
    batchSize: FILE_BATCH,
  },
  {
    model: "RetrievedMessage",
    field: "contentEncrypted",
    table: "retrieved_message",
    column: "content_encrypted",
    kind: "text",
    context: retrievedContentContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "RetrievedMessage",
    field: "senderEncrypted",
    table: "retrieved_message",
    column: "sender_encrypted",
    kind: "text",
    context: retrievedSenderContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "RetrievedAttachment",
    field: "contentEncrypted",
    table: "retrieved_attachment",
    column: "content_encrypted",
    kind: "bytes",
    context: retrievedAttachmentContext,
    batchSize: FILE_BATCH,
  },
  {
    model: "CitizenDraft",
    field: "answersEncrypted",
    table: "citizen_draft",
    column: "answers_encrypted",
    kind: "text",
    context: citizenDraftAnswersContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "StoredFile",
    field: "contentEncrypted",
    table: "stored_file",
    column: "content_encrypted",
    kind: "bytes",
    context: storedFileContext,
    batchSize: FILE_BATCH,
  },
  {
    model: "Submission",
    field: "answersEncrypted",
    table: "submission",
    column: "answers_encrypted",
    kind: "text",
    context: submissionAnswersContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "CitizenDraft",
    field: "filingEncrypted",
    table: "citizen_draft",
    column: "filing_encrypted",
    kind: "text",
    context: citizenDraftFilingContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "Submission",
    field: "filingEncrypted",
    table: "submission",
    column: "filing_encrypted",
    kind: "text",
    context: submissionFilingContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "Submission",
    field: "messageTextEncrypted",
    table: "submission",
    column: "message_text_encrypted",
    kind: "text",
    context: submissionMessageTextContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "SubmissionNote",
    field: "textEncrypted",
    table: "submission_note",
    column: "text_encrypted",
    kind: "text",
    context: submissionNoteContext,
    batchSize: TEXT_BATCH,
  },
  {
    model: "SuomifiConnection",
    field: "passwordEncrypted",
    table: "suomifi_connection",
    column: "password_encrypted",
    kind: "text",
    context: () => SUOMIFI_CONNECTION_PASSWORD_CONTEXT,
    batchSize: TEXT_BATCH,
  },
  {
    model: "SuomifiConnection",
    field: "pendingPasswordEncrypted",
    table: "suomifi_connection",
    column: "pending_password_encrypted",
    kind: "text",
    context: () => SUOMIFI_CONNECTION_PASSWORD_CONTEXT,
    batchSize: TEXT_BATCH,
  },
];
