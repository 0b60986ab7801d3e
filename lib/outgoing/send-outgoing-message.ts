// One message from the organisation to a person, by the channel that reaches them: electronically when their
// Suomi.fi mailbox is active, otherwise (or always, for a form that must never go electronically) as a letter
// Suomi.fi prints and posts, when the organisation has paper mail on; otherwise a named reason. Receipts call
// it, and so do case messages; the caller records the returned channel on its sent_message. Files are uploaded
// only once the channel is known to be electronic; on paper they are printed into the letter (one PDF: the covering
// letter, then each file's pages), and a file that cannot be printed is refused before anything is sent.
import "server-only";
import { now } from "@/lib/clock";
import { OutgoingChannelError } from "@/lib/outgoing/outgoing-error";
import { readPaperMailSettings } from "@/lib/outgoing/paper-mail-settings";
import { mergeLetterPdf } from "@/lib/outgoing/merge-letter-pdf";
import { renderLetterPdf } from "@/lib/outgoing/render-letter-pdf";
import type { TSentMessage, TSuomifiRestClient } from "@/lib/suomifi/rest-client";
import type { TAddress, TElectronicPart, TPaperMailPart } from "@/lib/suomifi/rest-schemas";

export type TOutgoingChannel = "electronic" | "paper";

export type TOutgoingMessage = {
  organizationId: string;
  serviceId: string;
  /** Idempotency key: the same value never sends twice, whichever channel it took. */
  externalId: string;
  recipient: { id: string; name: string; address: TAddress | null };
  electronic: TElectronicPart;
  /** Files to attach electronically (uploaded only on that channel), after any in `electronic.attachments`. */
  files?: readonly { filename: string; content: Uint8Array; mediaType: string }[];
  /** The form's "never electronically": a letter even when the person has a mailbox. */
  isPaperOnly?: boolean;
};

export type TOutgoingResult = TSentMessage & { channel: TOutgoingChannel };

const safeFileName = (value: string) => value.replace(/[^A-Za-z0-9-]/g, "-").replace(/-+/g, "-");

export async function sendOutgoingMessage(
  client: TSuomifiRestClient,
  message: TOutgoingMessage,
): Promise<TOutgoingResult> {
  const base = {
    externalId: message.externalId,
    recipient: { id: message.recipient.id },
    sender: { serviceId: message.serviceId },
    electronic: message.electronic,
  };
  if (!message.isPaperOnly) {
    const active = await client.getActiveMailboxes([message.recipient.id]);
    if (active.includes(message.recipient.id)) {
      const attachments = [...message.electronic.attachments];
      for (const file of message.files ?? []) {
        attachments.push({ attachmentId: (await client.uploadAttachment(file)).attachmentId });
      }
      const electronic = { ...message.electronic, attachments };
      return { ...(await client.sendElectronicMessage({ ...base, electronic })), channel: "electronic" };
    }
  }
  const settings = await readPaperMailSettings(message.organizationId);
  if (!settings.isPaperMailEnabled) {
    throw new OutgoingChannelError(
      message.isPaperOnly ? "PAPER_ONLY_PAPER_DISABLED" : "NO_MAILBOX_PAPER_DISABLED",
    );
  }
  if (!settings.sender) throw new OutgoingChannelError("NO_SENDER_ADDRESS");
  if (!message.recipient.address) throw new OutgoingChannelError("NO_POSTAL_ADDRESS");
  // Files already uploaded (attachment ids) have no bytes here to print.
  if (message.electronic.attachments.length > 0) throw new OutgoingChannelError("ATTACHMENTS_NOT_PRINTABLE");
  const recipientAddress = { ...message.recipient.address, name: message.recipient.name };
  const date = now().toISOString().slice(0, 10);
  const pdf = await mergeLetterPdf(
    new Uint8Array(
      await renderLetterPdf({
        sender: settings.sender,
        recipient: recipientAddress,
        date,
        title: message.electronic.title,
        body: message.electronic.body,
      }),
    ),
    message.files ?? [],
  );
  // A unique, descriptive name (DVV's advice): what it is, which message, the date.
  const { attachmentId } = await client.uploadAttachment({
    filename: `kirje-${safeFileName(message.externalId).slice(0, 80)}-${date}.pdf`,
    content: new Uint8Array(pdf),
    mediaType: "application/pdf",
  });
  const paperMail: TPaperMailPart = {
    attachments: [{ attachmentId }],
    colorPrinting: false,
    createAddressPage: false,
    rotateLandscapePages: false,
    twoSidedPrinting: true,
    messageServiceType: message.electronic.messageServiceType,
    // Suomi.fi's own printing contract; an organisation with its own Posti contract is not supported yet.
    printingAndEnvelopingService: {
      postiMessaging: { username: "", password: "", contactDetails: { email: "" } },
    },
    recipient: { address: recipientAddress },
    sender: { address: settings.sender },
  };
  const sent = message.isPaperOnly
    ? await client.sendPaperMailWithoutId({ externalId: message.externalId, sender: base.sender, paperMail })
    : await client.sendMultichannelMessage({ ...base, paperMail });
  return { ...sent, channel: "paper" };
}
