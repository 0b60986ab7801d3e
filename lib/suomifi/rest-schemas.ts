// Request and response shapes of the Suomi.fi Messages REST API (see /work/shared/suomifi/rest-api.md).
// Field names and enum strings are the API's own, including the spaces in "No one" and "Recipient only".
import { z } from "zod";

export const SUOMIFI_EVENT_TYPES = [
  "Electronic message created",
  "Electronic message read",
  "Receipt confirmed",
  "Electronic message from end user",
  "Paper mail created",
  "Sent for printing and enveloping",
  "Posti: receipt confirmed",
  "Posti: returned to sender",
  "Posti: unresolved",
] as const;

/** The event of a citizen's message to one of the organisation's services: the only kind retrieval fetches. */
export const CITIZEN_MESSAGE_EVENT =
  "Electronic message from end user" satisfies (typeof SUOMIFI_EVENT_TYPES)[number];

/** Events about messages the organisation sent (status changes), recorded per sent message. */
export const SENT_MESSAGE_EVENT_TYPES = SUOMIFI_EVENT_TYPES.filter((type) => type !== CITIZEN_MESSAGE_EVENT);
export type TSentMessageEventType = Exclude<
  (typeof SUOMIFI_EVENT_TYPES)[number],
  typeof CITIZEN_MESSAGE_EVENT
>;

export const isSentMessageEventType = (type: string): type is TSentMessageEventType =>
  (SENT_MESSAGE_EVENT_TYPES as readonly string[]).includes(type);

export const ZTokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().int().positive(),
});
export type TTokenResponse = z.infer<typeof ZTokenResponse>;

export const ZSuomifiEvent = z.object({
  // Unknown types must not crash the retrieval job: keep them as raw strings.
  type: z.string(),
  eventTime: z.string(),
  metadata: z.looseObject({
    messageId: z.number().int().optional(),
    serviceId: z.string().optional(),
    externalId: z.string().optional(),
  }),
});
export type TSuomifiEvent = z.infer<typeof ZSuomifiEvent>;

export const ZEventsPage = z.object({
  continuationToken: z.string(),
  events: z.array(ZSuomifiEvent),
});
export type TEventsPage = z.infer<typeof ZEventsPage>;

const ZPerson = z.object({ id: z.string(), name: z.string() });

export const ZReceivedAttachment = z.object({
  attachmentId: z.string(),
  filename: z.string().optional(),
  mediaType: z.string().optional(),
  sizeBytes: z.number().int().optional(),
});

export const ZReceivedMessage = z.object({
  messageId: z.number().int(),
  createdAt: z.string(),
  electronic: z.object({
    messageId: z.number().int(),
    createdAt: z.string(),
    title: z.string(),
    body: z.string(),
    attachments: z.array(ZReceivedAttachment).default([]),
    // Present when the message belongs to a thread (a reply to a message the organisation sent). Malformed
    // thread data must not lose the message: it reads as "malformed" and the retrieval keeps it with that reason.
    thread: z
      .union([
        z.object({
          rootMessageId: z.number().int(),
          threadExternalId: z.string().nullish(),
          // Unconfirmed: the documented thread carries only the root; accepted if Suomi.fi also names the parent.
          inReplyToMessageId: z.number().int().nullish(),
        }),
        z.literal("malformed"),
      ])
      .nullish()
      .catch("malformed"),
  }),
  sender: z.object({
    mailboxOwner: ZPerson,
    personSendingMessageOnBehalfOfMailboxOwner: ZPerson.nullish(),
  }),
});
export type TReceivedMessage = z.infer<typeof ZReceivedMessage>;

export const ZMessageIdResponse = z.object({ messageId: z.number().int() });
export const ZAttachmentUploadResponse = z.object({ attachmentId: z.string().min(1) });
export const ZActiveMailboxesResponse = z.object({
  endUsersWithActiveMailbox: z.array(z.object({ id: z.string() })),
});

const ZTriLingual = z.object({ fi: z.string().min(1), sv: z.string().min(1), en: z.string().min(1) });

export const ZElectronicPart = z.object({
  title: z.string().min(1).max(256),
  body: z.string(),
  bodyFormat: z.enum(["Text", "Markdown"]),
  messageServiceType: z.enum(["Normal", "Verifiable"]),
  replyAllowedBy: z.enum(["Anyone", "No one"]),
  visibility: z.enum(["Normal", "Recipient only"]),
  attachments: z.array(z.object({ attachmentId: z.string().min(1) })),
  notifications: z.object({
    senderDetailsInNotifications: z.enum(["Organisation and service name", "None"]),
    unreadMessageNotification: z.object({ reminder: z.enum(["Default reminder", "No reminders"]) }),
    customisedNewMessageNotification: z.object({ title: ZTriLingual, content: ZTriLingual }).optional(),
  }),
  inReplyToMessageId: z.number().int().optional(),
});
export type TElectronicPart = z.infer<typeof ZElectronicPart>;

export const ZElectronicMessageRequest = z.object({
  externalId: z.string().min(1),
  recipient: z.object({ id: z.string().min(1) }),
  sender: z.object({ serviceId: z.string().min(1) }),
  electronic: ZElectronicPart,
});
export type TElectronicMessageRequest = z.infer<typeof ZElectronicMessageRequest>;

export const ZAddress = z.object({
  name: z.string().min(1),
  additionalName: z.string().optional(),
  streetAddress: z.string().min(1),
  zipCode: z.string().min(1),
  city: z.string().min(1),
  countryCode: z.string().length(2),
});

export const ZPaperMailPart = z.object({
  attachments: z.array(z.object({ attachmentId: z.string().min(1) })),
  colorPrinting: z.boolean(),
  createAddressPage: z.boolean(),
  rotateLandscapePages: z.boolean(),
  twoSidedPrinting: z.boolean(),
  messageServiceType: z.enum(["Normal", "Verifiable"]),
  printingAndEnvelopingService: z.object({
    postiMessaging: z.object({
      username: z.string(),
      password: z.string(),
      contactDetails: z.object({ email: z.string() }),
    }),
    costPool: z.string().optional(),
  }),
  recipient: z.object({ address: ZAddress }),
  sender: z.object({ address: ZAddress }),
});

export const ZMultichannelMessageRequest = ZElectronicMessageRequest.extend({
  paperMail: ZPaperMailPart,
});
export type TMultichannelMessageRequest = z.infer<typeof ZMultichannelMessageRequest>;
export type TPaperMailPart = z.infer<typeof ZPaperMailPart>;
export type TAddress = z.infer<typeof ZAddress>;

/** POST /v2/paper-mail-without-id: always printed, whether or not the recipient has a mailbox. */
export const ZPaperMailWithoutIdRequest = z.object({
  externalId: z.string().min(1),
  sender: z.object({ serviceId: z.string().min(1) }),
  paperMail: ZPaperMailPart,
});
export type TPaperMailWithoutIdRequest = z.infer<typeof ZPaperMailWithoutIdRequest>;
