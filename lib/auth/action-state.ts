// The one result shape of server actions; browser-safe so client components can import it. Forms bound with
// useActionState hold a TActionState (it starts "idle"); actions the builder calls directly answer the
// narrowed TActionResult with typed data. Both use the same fields with the same meaning.

/** What an action answered: ok with its data, or an error whose `messageKey` the screen translates. */
export type TActionResult<TData> =
  | { status: "ok"; data: TData; messageKey?: string }
  | {
      status: "error";
      /** A message key under the "errors" namespace (or the screen's own, e.g. "builder.errors"). */
      messageKey: string;
      fieldErrors?: Record<string, string[]>;
      /** Structured detail of the refusal (e.g. publish blockers, import problems). */
      details?: unknown;
    };

/** The same shape as useActionState holds it: "idle" before the first answer, data as plain values. */
export type TActionState = {
  status: "idle" | TActionResult<unknown>["status"];
  /** A message key under the "errors" namespace (errors) or the page's namespace (notices). */
  messageKey?: string;
  fieldErrors?: Record<string, string[]>;
  data?: Record<string, string | number | boolean | null>;
  details?: unknown;
};

export const IDLE_STATE: TActionState = { status: "idle" };
