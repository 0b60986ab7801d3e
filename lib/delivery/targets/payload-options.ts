// Options every kind that carries the submission payload shares: how much of the sender, and how attachments go.
import { z } from "zod";

export const ZSenderDetail = z.enum(["none", "name", "name-and-id"]);
export const ZAttachmentMode = z.enum(["links", "inline"]);
export const ZPayloadOptions = z.object({
  senderDetail: ZSenderDetail.default("name"),
  attachmentMode: ZAttachmentMode.default("links"),
});
export type TPayloadOptions = z.infer<typeof ZPayloadOptions>;
