// The virus check of an uploaded attachment, before anything is stored: clean or (in development without a
// scanner) unscanned files may be kept; infected files and files that could not be checked are refused.
import "server-only";
import { scanBytes } from "@/lib/files/virus-scan";
import type { TLanguage } from "@/lib/forms/localized-text";
import { citizenTexts } from "@/lib/i18n/citizen-texts";
import { logger } from "@/lib/log/logger";

export type TUploadScan =
  | { isAccepted: true; scanStatus: "clean" | "unscanned" }
  | { isAccepted: false; reason: "infected" | "unavailable" };

/** The citizen-facing reason an upload was refused, in the page's language. */
export function uploadRefusalMessage(
  reason: "infected" | "unavailable",
  language: TLanguage,
  name: string,
): string {
  return citizenTexts.text(language, `upload.${reason}`, { name });
}

/** Scans the bytes with ClamAV (lib/files/virus-scan) and decides whether they may be stored. */
export async function scanUpload(
  bytes: Uint8Array,
  context: { draftId: string; fieldKey: string },
): Promise<TUploadScan> {
  const result = await scanBytes(bytes);
  switch (result.status) {
    case "clean":
    case "unscanned":
      return { isAccepted: true, scanStatus: result.status };
    case "infected":
      // Signature names only: never the file's name or content, which may carry personal data.
      logger.warn(
        {
          draftId: context.draftId,
          fieldKey: context.fieldKey,
          signatures: result.signatures,
          bytes: bytes.byteLength,
        },
        "citizen upload refused: infected",
      );
      return { isAccepted: false, reason: "infected" };
    case "unavailable":
      logger.warn(
        { draftId: context.draftId, fieldKey: context.fieldKey },
        "citizen upload refused: scanner unavailable",
      );
      return { isAccepted: false, reason: "unavailable" };
  }
}
