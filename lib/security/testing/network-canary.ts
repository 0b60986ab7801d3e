// For attack tests that must prove no connection is opened: a loopback canary that counts every TCP connection
// it accepts, an instrumented socket factory that records every connection attempt and refuses (without
// connecting) anything outside 127.0.0.0/8, and a resolver that answers from a table instead of DNS. A test
// built from these never opens a connection beyond this machine's loopback, even if the guard under test fails.
import net, { type AddressInfo } from "node:net";
import { Duplex } from "node:stream";
import type { TConnectTarget, TResolvedAddress } from "@/lib/http/guarded-fetch";

export type TCanary = { port: number; connections: number; requests: string[]; close: () => Promise<void> };

/** A listener on 127.0.0.1 that answers every request 200 (or as `respond` says) and counts connections. */
export async function startCanary(
  respond: (path: string) => { status: number; headers?: Record<string, string>; body?: string } = () => ({
    status: 200,
    body: '{"access_token":"leaked","expires_in":3600}',
  }),
): Promise<TCanary> {
  const canary: TCanary = { port: 0, connections: 0, requests: [], close: async () => undefined };
  const { createServer } = await import("node:http");
  const server = createServer((request, response) => {
    canary.requests.push(`${request.method} ${request.url}`);
    const answer = respond(request.url ?? "/");
    response
      .writeHead(answer.status, { "content-type": "application/json", ...answer.headers })
      .end(answer.body ?? "");
  });
  server.on("connection", () => {
    canary.connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  canary.port = (server.address() as AddressInfo).port;
  canary.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return canary;
}

function isLoopback(host: string): boolean {
  return /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Records every attempt; connects for real only to 127.0.0.0/8 (plain TCP, as the canary speaks http). */
export function createInstrumentedConnect() {
  const attempts: TConnectTarget[] = [];
  const connect = (target: TConnectTarget): Duplex => {
    attempts.push(target);
    if (isLoopback(target.host) && !target.isTls)
      return net.connect({ host: target.host, port: target.port });
    const refused = new Duplex({
      read() {},
      write(_chunk, _encoding, callback) {
        callback();
      },
    });
    process.nextTick(() => refused.destroy(new Error("test sink: connection outside loopback not opened")));
    return refused;
  };
  return { attempts, connect };
}

/** A resolver from a table; "localhost" answers loopback, any other unknown name ENOTFOUND (no real DNS). */
export function createTableResolver(table: Record<string, readonly string[]> = {}) {
  const asked: string[] = [];
  const resolve = async (hostname: string): Promise<TResolvedAddress[]> => {
    asked.push(hostname);
    const name = hostname.toLowerCase().replace(/\.$/, "");
    const answer = table[name] ?? (name === "localhost" ? ["127.0.0.1", "::1"] : undefined);
    if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return answer.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return { asked, resolve };
}
