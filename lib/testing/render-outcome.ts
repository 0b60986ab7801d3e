// What a Server Component page or a route handler did when a test called it directly: rendered (its React tree
// as JSON text, to search for what must or must not show), answered, or stopped with 404 or a redirect.
export type TRenderOutcome = { kind: "ok" | "404" | "redirect"; text: string; status?: number };

export async function renderOutcome(run: () => unknown): Promise<TRenderOutcome> {
  try {
    const value = await run();
    if (value instanceof Response) {
      return { kind: value.status === 404 ? "404" : "ok", status: value.status, text: await value.text() };
    }
    const seen = new WeakSet();
    const text = JSON.stringify(value, (_key, inner: unknown) => {
      if (typeof inner === "function" || typeof inner === "symbol") return undefined;
      if (typeof inner === "bigint") return String(inner);
      if (inner && typeof inner === "object") {
        if (seen.has(inner)) return undefined;
        seen.add(inner);
      }
      return inner;
    });
    return { kind: "ok", text: text ?? "" };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.includes(";404")) return { kind: "404", text: "" };
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", text: digest };
    throw error;
  }
}
