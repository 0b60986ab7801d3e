// The result of the person lookup and erasure actions: only masked codes, references and counts.
import type { TErasureReport } from "@/lib/submissions/person-data";

export type TPersonFound = {
  maskedHenkilotunnus: string;
  drafts: { formSlug: string; updatedAt: string }[];
  submissions: {
    id: string;
    reference: string;
    formSlug: string;
    status: string;
    createdAt: string;
    deliveredTo: string[];
  }[];
  retrievedMessages: { reference: string | null; retrievedAt: string }[];
};

export type TPersonActionState =
  | { status: "idle" }
  | { status: "error"; messageKey: "invalidHenkilotunnus" | "invalidBusinessId" | "confirmRequired" }
  | { status: "found"; found: TPersonFound }
  | { status: "erased"; report: TErasureReport };
