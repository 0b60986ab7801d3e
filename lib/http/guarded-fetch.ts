// A fetch for every outgoing request Lomake makes to an address someone typed in (Suomi.fi REST, webhooks):
// the host is resolved first, EVERY address is checked against the outbound policy, and the socket connects to
// exactly the checked address (no second lookup, so DNS rebinding cannot slip past). Redirects are never
// followed. A refusal is one generic error, the same for closed ports, open ports and internal names, so the
// answer tells a caller nothing about the inside network.
import { lookup as dnsLookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import net, { isIP, type BlockList } from "node:net";
import { Readable } from "node:stream";
import tls from "node:tls";
import type { Duplex } from "node:stream";
import { checkAddress } from "@/lib/http/address-policy";

export type TResolvedAddress = { address: string; family: number };

export type TConnectTarget = { host: string; port: number; isTls: boolean; servername?: string };

export type TGuardedFetchOptions = {
  /** Internal networks this caller may reach besides public addresses (operator configuration). */
  allowlist: BlockList;
  /** Defaults to the system resolver (every address, in the resolver's order). */
  resolve?: (hostname: string) => Promise<TResolvedAddress[]>;
  /** Defaults to net.connect / tls.connect; tests pass an instrumented one to prove nothing is connected. */
  connect?: (target: TConnectTarget) => Duplex;
};

/** Refused by the outbound policy. The message never names the address a host resolved to. */
export class OutboundBlockedError extends Error {
  readonly code = "OUTBOUND_BLOCKED";
  constructor() {
    super("The address is not allowed for outgoing connections");
    this.name = "OutboundBlockedError";
  }
}

export function isOutboundBlockedError(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: string }).code === "OUTBOUND_BLOCKED") return true;
  }
  return false;
}

function systemResolve(hostname: string): Promise<TResolvedAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );
}

function defaultConnect(target: TConnectTarget): Duplex {
  return target.isTls
    ? tls.connect({
        host: target.host,
        port: target.port,
        servername: target.servername,
        ALPNProtocols: ["http/1.1"],
      })
    : net.connect({ host: target.host, port: target.port });
}

/**
 * Checks a URL against the policy and returns the one address to connect to. Throws OutboundBlockedError for
 * anything but http(s) to allowed addresses (plain http only to allowlisted networks).
 */
export async function resolveAllowedAddress(
  url: URL,
  options: Pick<TGuardedFetchOptions, "allowlist" | "resolve">,
): Promise<{ address: string; hostname: string; isPlainHttp: boolean }> {
  const isPlainHttp = url.protocol === "http:";
  if (!isPlainHttp && url.protocol !== "https:") throw new OutboundBlockedError();
  if (url.username || url.password) throw new OutboundBlockedError();
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: TResolvedAddress[];
  if (isIP(hostname) !== 0) {
    addresses = [{ address: hostname, family: isIP(hostname) }];
  } else {
    try {
      addresses = await (options.resolve ?? systemResolve)(hostname);
    } catch {
      // An unresolvable name answers like a refused one: no oracle for which internal names exist.
      throw new OutboundBlockedError();
    }
  }
  const check = { allowlist: options.allowlist, isPlainHttp };
  if (addresses.length === 0 || addresses.some((entry) => !checkAddress(entry.address, check))) {
    throw new OutboundBlockedError();
  }
  return { address: addresses[0]!.address, hostname, isPlainHttp };
}

function toHeaders(raw: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

/** fetch() semantics for what Lomake's clients use: method, headers, string/FormData body, signal, redirect. */
export function createGuardedFetch(options: TGuardedFetchOptions): typeof fetch {
  const connect = options.connect ?? defaultConnect;
  return (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // Checked before a Request is built: that refuses some URLs (user:pass@) with an error of its own.
    const url = new URL(input instanceof Request ? input.url : String(input));
    const signal = init?.signal ?? undefined;
    signal?.throwIfAborted();
    const { address, hostname, isPlainHttp } = await resolveAllowedAddress(url, options);
    const request = new Request(url, init);
    signal?.throwIfAborted();
    const body =
      request.method === "GET" || request.method === "HEAD"
        ? undefined
        : Buffer.from(await request.arrayBuffer());
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    headers.host = url.host;
    if (body) headers["content-length"] = String(body.byteLength);
    const port = Number(url.port) || (isPlainHttp ? 80 : 443);
    return new Promise<Response>((resolve, reject) => {
      const client = isPlainHttp ? http : https;
      const outgoing = client.request({
        protocol: url.protocol,
        method: request.method,
        host: hostname,
        port,
        path: `${url.pathname}${url.search}`,
        headers,
        // No agent: with one, Node would open its own socket (and look the name up again) instead of ours.
        createConnection: () =>
          connect({
            host: address,
            port,
            isTls: !isPlainHttp,
            servername: isIP(hostname) ? undefined : hostname,
          }) as net.Socket,
      });
      const onAbort = () => {
        outgoing.destroy();
        reject(signal!.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      outgoing.on("error", (error) => {
        signal?.removeEventListener("abort", onAbort);
        reject(new TypeError("fetch failed", { cause: error }));
      });
      outgoing.on("response", (incoming) => {
        const status = incoming.statusCode ?? 0;
        if (status >= 300 && status < 400 && incoming.headers.location && init?.redirect !== "manual") {
          // A redirect is never followed, to anywhere: "manual" hands it back as an answer, anything else fails.
          incoming.resume();
          outgoing.destroy();
          signal?.removeEventListener("abort", onAbort);
          reject(new TypeError("fetch failed", { cause: new Error("Redirects are not followed") }));
          return;
        }
        const hasBody = status !== 204 && status !== 304 && request.method !== "HEAD";
        signal?.addEventListener("abort", () => incoming.destroy(signal.reason as Error), { once: true });
        try {
          resolve(
            new Response(hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : null, {
              status,
              statusText: incoming.statusMessage,
              headers: toHeaders(incoming.headers),
            }),
          );
        } catch (error) {
          incoming.destroy();
          reject(new TypeError("fetch failed", { cause: error }));
        }
      });
      outgoing.end(body);
    });
  }) as typeof fetch;
}
