// One HTTP POST to a webhook target: the SSRF guard at connection time, a hard timeout, no redirects, and a
// short excerpt of the answer for the attempt record.
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import type { BlockList } from "node:net";
import { BlockedAddressError, checkAddress, createGuardedLookup } from "@/lib/delivery/ssrf-guard";

export type TWebhookResponse =
  | { kind: "response"; status: number; excerpt: string; durationMs: number }
  | { kind: "blocked" | "timeout" | "network"; error: string; durationMs: number };

const EXCERPT_CHARS = 500;
const MAX_READ_BYTES = 64 * 1024;

export function postWebhook(input: {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowlist: BlockList;
}): Promise<TWebhookResponse> {
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return Promise.resolve({ kind: "blocked", error: "Invalid URL", durationMs: 0 });
  }
  const isPlainHttp = url.protocol === "http:";
  if (!isPlainHttp && url.protocol !== "https:") {
    return Promise.resolve({ kind: "blocked", error: "Only https addresses", durationMs: 0 });
  }
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  // An IP literal is never looked up, so it is checked here.
  if (isIP(hostname) !== 0 && !checkAddress(hostname, { allowlist: input.allowlist, isPlainHttp })) {
    return Promise.resolve({
      kind: "blocked",
      error: new BlockedAddressError(hostname, hostname).message,
      durationMs: 0,
    });
  }
  const request = isPlainHttp ? http.request : https.request;
  return new Promise((resolve) => {
    let isSettled = false;
    const settle = (result: TWebhookResponse) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = request(
      url,
      {
        method: "POST",
        agent: false,
        lookup: createGuardedLookup({ allowlist: input.allowlist, isPlainHttp }),
        headers: {
          ...input.headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(input.body)),
          "user-agent": "Lomake-Webhooks/1",
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          if (read < MAX_READ_BYTES) chunks.push(chunk);
          read += chunk.byteLength;
        });
        response.on("end", () =>
          settle({
            kind: "response",
            status: response.statusCode ?? 0,
            excerpt: Buffer.concat(chunks).toString("utf8").slice(0, EXCERPT_CHARS),
            durationMs: elapsed(),
          }),
        );
        response.on("error", (error) =>
          settle({ kind: "network", error: error.message, durationMs: elapsed() }),
        );
      },
    );
    const timer = setTimeout(() => {
      settle({ kind: "timeout", error: `No answer in ${input.timeoutMs} ms`, durationMs: elapsed() });
      req.destroy();
    }, input.timeoutMs);
    req.on("error", (error) => {
      const isBlocked =
        error instanceof BlockedAddressError || (error as { code?: string }).code === "BLOCKED_ADDRESS";
      settle({
        kind: isBlocked ? "blocked" : "network",
        error: error.message.slice(0, 300),
        durationMs: elapsed(),
      });
    });
    req.end(input.body);
  });
}
