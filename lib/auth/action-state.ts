// The result shape of admin server actions; browser-safe so client components can import it.
export type TActionState = {
  status: "idle" | "ok" | "error";
  /** A message key under the "errors" namespace (errors) or the page's namespace (notices). */
  messageKey?: string;
  fieldErrors?: Record<string, string[]>;
  data?: Record<string, string | number | boolean | null>;
};

export const IDLE_STATE: TActionState = { status: "idle" };
