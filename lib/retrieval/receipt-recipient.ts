// Whom a receipt goes to and, for a letter, where: the person who sent the form (Suomi.fi's mailbox owner) at
// the first address they gave in its answers. Suomi.fi keeps no address register; the sender supplies one.
import "server-only";
import { decryptJson } from "@/lib/crypto/encrypt-value";
import { submissionAnswersContext } from "@/lib/crypto/encryption-contexts";
import type { TAddressValue } from "@/lib/forms/answer-values";
import { ZFormDefinition } from "@/lib/forms/definition";
import { listFieldNodes } from "@/lib/forms/walk-definition";
import type { TAddress } from "@/lib/suomifi/rest-schemas";

export function findReceiptAddress(submission: {
  id: string;
  answersEncrypted: string;
  definition: unknown;
}): TAddress | null {
  const definition = ZFormDefinition.safeParse(submission.definition);
  if (!definition.success) return null;
  // Only top-level address fields: a repeating group's address is someone else's (a child, a property).
  const field = listFieldNodes(definition.data).find(
    (node) => node.element.type === "address" && node.group === undefined,
  );
  if (!field) return null;
  let stored: { answers?: Record<string, unknown> };
  try {
    stored = decryptJson(submission.answersEncrypted, {
      associatedData: submissionAnswersContext(submission.id),
    }) as { answers?: Record<string, unknown> };
  } catch {
    return null;
  }
  const value = stored.answers?.[field.element.key] as Partial<TAddressValue> | null | undefined;
  if (!value?.street || !value.postalCode || !value.postOffice) return null;
  return {
    name: "",
    streetAddress: value.street,
    zipCode: value.postalCode,
    city: value.postOffice,
    countryCode: (value.country || "FI").toUpperCase(),
  };
}
