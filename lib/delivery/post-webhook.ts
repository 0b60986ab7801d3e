// One HTTP POST to a webhook target through the outbound guard (lib/http/guarded-fetch.ts: every resolved
// address checked, the socket connects to the checked one, no redirects), a hard timeout, and a short excerpt
// of the answer for the attempt record.
import type { BlockList } from "node:net";
import {
  createGuardedFetch,
  isOutboundBlockedError,
  type TGuardedFetchOptions,
} from "@/lib/http/guarded-fetch";

export type TWebhookResponse =
  | { kind: "response"; status: number; excerpt: string; durationMs: number }
  | { kind: "blocked" | "timeout" | "network"; error: string; durationMs: number };

const EXCERPT_CHARS = 500;
const MAX_READ_BYTES = 64 * 1024;

/** The only text a blocked delivery records: never what an internal name resolved to. */
export const BLOCKED_MESSAGE =
  "The target address is not allowed (public https addresses, or a network the organisation allows)";

async function readExcerpt(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let read = 0;
  try {
    while (read < MAX_READ_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      read += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).toString("utf8").slice(0, EXCERPT_CHARS);
}

export async function postWebhook(input: {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowlist: BlockList;
  /** Tests only: an instrumented resolver and socket. */
  network?: Pick<TGuardedFetchOptions, "resolve" | "connect">;
}): Promise<TWebhookResponse> {
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return { kind: "blocked", error: BLOCKED_MESSAGE, durationMs: 0 };
  }
  const guardedFetch = createGuardedFetch({ allowlist: input.allowlist, ...input.network });
  try {
    const response = await guardedFetch(url, {
      method: "POST",
      headers: { ...input.headers, "content-type": "application/json", "user-agent": "Lomake-Webhooks/1" },
      body: input.body,
      signal: AbortSignal.timeout(input.timeoutMs),
      redirect: "manual",
    });
    return {
      kind: "response",
      status: response.status,
      excerpt: await readExcerpt(response),
      durationMs: elapsed(),
    };
  } catch (error) {
    if (isOutboundBlockedError(error))
      return { kind: "blocked", error: BLOCKED_MESSAGE, durationMs: elapsed() };
    if (error instanceof Error && error.name === "TimeoutError") {
      return { kind: "timeout", error: `No answer in ${input.timeoutMs} ms`, durationMs: elapsed() };
    }
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const message = cause instanceof Error ? cause.message : String(cause);
    return { kind: "network", error: message.slice(0, 300), durationMs: elapsed() };
  }
}
