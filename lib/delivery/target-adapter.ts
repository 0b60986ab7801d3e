// The seam between delivery and a kind of target system. A kind is one adapter file (lib/delivery/targets/),
// one line in target-registry.ts and one settings form (components/admin/delivery/target-settings-forms.tsx);
// every member here is required, so a kind missing any of them does not compile.
import type { z } from "zod";
import type { Delivery, DeliveryTarget } from "@/lib/generated/prisma/client";

/**
 * What one attempt came to. The dispatcher acts on `kind` alone: done, try again later, or stop now.
 * `requestId` names what the receiver got when it is not the delivery's fixed id (e.g. the file written).
 */
export type TDeliveryOutcome =
  | { kind: "success"; durationMs: number; detail?: string; httpStatus?: number; requestId?: string }
  | {
      kind: "retryable" | "permanent";
      durationMs: number;
      /** Short, for the ledger and the delivery's last error; never secrets or personal data. */
      reason: string;
      /** Recorded as the attempt's outcome instead of "retryable-error" (e.g. "blocked" by the SSRF guard). */
      code?: string;
      detail?: string;
      httpStatus?: number;
      requestId?: string;
    };

export type THealthCheck = { isHealthy: boolean; durationMs: number; detail: string; httpStatus?: number };

/** A settings form's answer: the options to store and the secrets to encrypt, or the field that is wrong. */
export type TPreparedTarget<TOptions> =
  | { ok: true; options: TOptions; secrets: unknown; revealOnce?: string }
  | { ok: false; field: string; code: string; detail?: string };

export type TAdapterContext<TOptions> = {
  target: DeliveryTarget;
  options: TOptions;
  /** The decrypted secrets of the target (the adapter's own shape). */
  secrets: unknown;
};

export type TTargetAdapterOf<TOptions, TForm> = {
  /** "push": the dispatcher delivers; "pull": the target system fetches and acknowledges through the API. */
  mode: "push" | "pull";
  /** Checks what is stored in delivery_target.options. */
  optionsSchema: z.ZodType<TOptions>;
  /** Parses the settings form's fields (a bad value becomes a field error in the admin's language). */
  formSchema: z.ZodType<TForm>;
  /** Validates at save, e.g. by connecting to the target; also turns the form into options and secrets. */
  prepareSave(input: {
    organizationId: string;
    targetId: string;
    form: TForm;
    previous: TAdapterContext<TOptions> | null;
  }): Promise<TPreparedTarget<TOptions>>;
  deliver(input: TAdapterContext<TOptions> & { delivery: Delivery }): Promise<TDeliveryOutcome>;
  /** Runs from the target list ("Test"); recorded as a test attempt. */
  checkHealth(input: TAdapterContext<TOptions>): Promise<THealthCheck>;
  /** What lists and the ledger show of the target, e.g. its URL or sftp://host/directory. */
  describe(options: TOptions): string;
  ledger: {
    /** The id a receiver sees (webhook-id, file name), the same on every attempt of one delivery. */
    requestId(deliveryId: string): string;
    /** Message key under `delivery` naming that id, or null when there is none to show. */
    requestIdLabel: "webhookId" | null;
    /** Whether a delivered submission can be sent again on request. */
    canReplay: boolean;
  };
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds adapters of any options shape
export type TTargetAdapter = TTargetAdapterOf<any, any>;
