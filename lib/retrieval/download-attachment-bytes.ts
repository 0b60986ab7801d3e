import "server-only";
import { SuomifiPermanentError } from "@/lib/suomifi/errors";
import type { TSuomifiRestClient } from "@/lib/suomifi/rest-client";

/** Suomi.fi lets a citizen attach 10 MB in total; anything far beyond is not a citizen's attachment. */
const MAX_ATTACHMENT_BYTES = 12 * 1024 * 1024;

/** Downloads one attachment and checks its size against what the message and the response announced. */
export async function downloadAttachmentBytes(
  client: TSuomifiRestClient,
  attachmentId: string,
  declaredSizeBytes: number | undefined,
): Promise<{ bytes: Buffer; contentType: string }> {
  const download = await client.downloadAttachment(attachmentId);
  const reader = download.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_ATTACHMENT_BYTES) {
      await reader.cancel();
      throw new SuomifiPermanentError("Suomi.fi attachment is larger than allowed", {
        endpoint: "/v1/attachments/{attachmentId}",
        reason: `more than ${MAX_ATTACHMENT_BYTES} bytes`,
      });
    }
    chunks.push(value);
  }
  const bytes = Buffer.concat(chunks);
  for (const expected of [declaredSizeBytes, download.sizeBytes]) {
    if (expected !== undefined && expected !== bytes.byteLength) {
      // A truncated download: fail this try; the event stays unprocessed and is fetched again.
      throw new Error(`Attachment size ${bytes.byteLength} differs from the announced ${expected} bytes`);
    }
  }
  return { bytes, contentType: download.contentType };
}
