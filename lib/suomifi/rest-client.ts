// Typed client of the Suomi.fi Messages REST API. Framework-free; zod checks every response.
import { SuomifiPermanentError } from "./errors";
import { createSuomifiTransport, type TSuomifiRestConfig } from "./rest-transport";
import {
  ZActiveMailboxesResponse,
  ZAttachmentUploadResponse,
  ZEventsPage,
  ZMessageIdResponse,
  ZReceivedMessage,
  type TElectronicMessageRequest,
  type TEventsPage,
  type TMultichannelMessageRequest,
  type TPaperMailWithoutIdRequest,
  type TReceivedMessage,
} from "./rest-schemas";
import type { z } from "zod";

export type TSentMessage = { messageId: number; isAlreadySent: boolean };

export type TDownloadedAttachment = {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  sizeBytes?: number;
};

function parseBody<T extends z.ZodType>(schema: T, body: unknown, endpoint: string): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new SuomifiPermanentError(`Suomi.fi ${endpoint} answered an unexpected body`, {
      endpoint,
      reason: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
    });
  }
  return parsed.data;
}

export function createSuomifiRestClient(config: TSuomifiRestConfig) {
  const transport = createSuomifiTransport(config);

  async function sendMessage(
    path: string,
    request: TElectronicMessageRequest | TPaperMailWithoutIdRequest,
  ): Promise<TSentMessage> {
    const { response, body } = await transport.execute({
      method: "POST",
      path,
      endpoint: path,
      json: request,
      isAuthenticated: true,
      // Safe to repeat: a repeated externalId answers 409 with the original id.
      isRetryable: true,
      acceptedStatuses: [409],
    });
    const { messageId } = parseBody(ZMessageIdResponse, body, path);
    return { messageId, isAlreadySent: response.status === 409 };
  }

  return {
    /** Logs in now (bypassing the cache) and reports the token lifetime; used by connection tests. */
    checkLogin: async () => transport.requestToken(await config.getPassword()),

    /** One page of events; send the returned continuationToken next time (store it with the events). */
    getEvents: async (continuationToken?: string): Promise<TEventsPage> => {
      const query = continuationToken ? `?continuationToken=${encodeURIComponent(continuationToken)}` : "";
      const { body } = await transport.execute({
        method: "GET",
        path: `/v2/events${query}`,
        endpoint: "/v2/events",
        isAuthenticated: true,
        isRetryable: true,
      });
      return parseBody(ZEventsPage, body, "/v2/events");
    },

    getMessage: async (messageId: number): Promise<TReceivedMessage> => {
      const { body } = await transport.execute({
        method: "GET",
        path: `/v2/messages/${encodeURIComponent(String(messageId))}`,
        endpoint: "/v2/messages/{messageId}",
        isAuthenticated: true,
        isRetryable: true,
      });
      return parseBody(ZReceivedMessage, body, "/v2/messages/{messageId}");
    },

    /** Streams the bytes; the caller must consume or cancel `body`. */
    downloadAttachment: async (attachmentId: string): Promise<TDownloadedAttachment> => {
      const { response } = await transport.execute({
        method: "GET",
        path: `/v1/attachments/${encodeURIComponent(attachmentId)}`,
        endpoint: "/v1/attachments/{attachmentId}",
        isAuthenticated: true,
        isRetryable: true,
        isStream: true,
      });
      if (!response.body) {
        throw new SuomifiPermanentError("Suomi.fi attachment download had no body", {
          endpoint: "/v1/attachments/{attachmentId}",
        });
      }
      const length = Number(response.headers.get("content-length"));
      return {
        body: response.body,
        contentType: response.headers.get("content-type") ?? "application/octet-stream",
        sizeBytes: Number.isFinite(length) && length > 0 ? length : undefined,
      };
    },

    uploadAttachment: async (file: { filename: string; content: Blob | Uint8Array; mediaType?: string }) => {
      const form = new FormData();
      const blob =
        file.content instanceof Blob
          ? file.content
          : new Blob([file.content as Uint8Array<ArrayBuffer>], {
              type: file.mediaType ?? "application/octet-stream",
            });
      form.set("file", blob, file.filename);
      const { body } = await transport.execute({
        method: "POST",
        path: "/v2/attachments",
        endpoint: "/v2/attachments",
        form,
        isAuthenticated: true,
        isRetryable: true,
      });
      return parseBody(ZAttachmentUploadResponse, body, "/v2/attachments");
    },

    /** Electronic only; 400 MAILBOX_NOT_IN_USE when the recipient has no mailbox; 409 = already sent. */
    sendElectronicMessage: (request: TElectronicMessageRequest) =>
      sendMessage("/v2/messages/electronic", request),

    /** Electronic when the recipient has a mailbox, otherwise paper mail. */
    sendMultichannelMessage: (request: TMultichannelMessageRequest) => sendMessage("/v2/messages", request),

    /** Paper mail only, with no recipient id (the letter's address page says where it goes); 409 = already sent. */
    sendPaperMailWithoutId: (request: TPaperMailWithoutIdRequest) =>
      sendMessage("/v2/paper-mail-without-id", request),

    /** Returns the ids (HETU / Y-tunnus) among `ids` that have an active mailbox. Up to 10 000 per call. */
    getActiveMailboxes: async (ids: string[]): Promise<string[]> => {
      const { body } = await transport.execute({
        method: "POST",
        path: "/v1/mailboxes/active",
        endpoint: "/v1/mailboxes/active",
        json: { endUsers: ids.map((id) => ({ id })) },
        isAuthenticated: true,
        isRetryable: true,
      });
      return parseBody(ZActiveMailboxesResponse, body, "/v1/mailboxes/active").endUsersWithActiveMailbox.map(
        (user) => user.id,
      );
    },

    /**
     * Changes the system's password. Never retried: a lost answer leaves the outcome unknown, which
     * rotate-password.ts resolves on its next run. Use rotatePassword() rather than calling this directly.
     */
    changePassword: async (currentPassword: string, newPassword: string): Promise<void> => {
      const { accessToken } = await transport.requestToken(currentPassword);
      await transport.execute({
        method: "POST",
        path: "/v1/change-password",
        endpoint: "/v1/change-password",
        json: { accessToken, currentPassword, newPassword },
        isAuthenticated: false,
        isRetryable: false,
      });
      transport.forgetToken();
    },

    /** Tries a password without touching the cached token (pending-password verification). */
    isPasswordValid: async (password: string): Promise<boolean> => {
      try {
        await transport.requestToken(password);
        return true;
      } catch (error) {
        if (error instanceof SuomifiPermanentError && error.status !== undefined && error.status < 500)
          return false;
        throw error;
      }
    },
  };
}

export type TSuomifiRestClient = ReturnType<typeof createSuomifiRestClient>;
