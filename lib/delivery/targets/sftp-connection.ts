// Connecting to an SFTP target: the SSRF guard on the resolved address (like webhooks), the host key compared
// with the one the owner confirmed at save, key-based authentication only, and a hard timeout.
import "server-only";
import { createHash } from "node:crypto";
import { lookup } from "node:dns/promises";
import ssh2 from "ssh2";
import SftpClient from "ssh2-sftp-client";
import { getEnv } from "@/lib/env";
import { loadWebhookAllowlist } from "@/lib/delivery/check-target-address";
import { checkAddress } from "@/lib/http/address-policy";
import { OutboundBlockedError } from "@/lib/http/guarded-fetch";

// ssh2 is CommonJS: Node's ESM loader (the worker, tsx) sees only its default export.
const { Client, utils } = ssh2;

export type TSftpEndpoint = { organizationId: string; host: string; port: number };
export type TSftpHostKey = { algorithm: string; sha256: string };

/** OpenSSH's form of a host key fingerprint: "SHA256:" + unpadded base64 of the key blob's SHA-256. */
export function fingerprintOf(keyBlob: Buffer): string {
  return `SHA256:${createHash("sha256").update(keyBlob).digest("base64").replace(/=+$/, "")}`;
}

function algorithmOf(keyBlob: Buffer): string {
  const parsed = utils.parseKey(keyBlob);
  return parsed instanceof Error
    ? "unknown"
    : ((Array.isArray(parsed) ? parsed[0] : parsed)?.type ?? "unknown");
}

/**
 * Resolves the host and refuses a non-public address outside the internal networks the organisation chose among
 * those the operator offers (the same policy as webhooks). The error never names what the host resolved to.
 */
async function resolveAllowed(endpoint: TSftpEndpoint): Promise<string> {
  const allowlist = await loadWebhookAllowlist(endpoint.organizationId);
  const addresses = await lookup(endpoint.host, { all: true, verbatim: true }).catch(() => {
    throw new OutboundBlockedError();
  });
  const isBlocked = addresses.some(
    (entry) => !checkAddress(entry.address, { allowlist, isPlainHttp: false }),
  );
  if (addresses.length === 0 || isBlocked) throw new OutboundBlockedError();
  return addresses[0]!.address;
}

export class SftpHostKeyMismatchError extends Error {
  constructor(readonly presented: string) {
    super(`The server presented host key ${presented}, not the one confirmed for this target`);
    this.name = "SftpHostKeyMismatchError";
  }
}

/** Reads the server's host key without authenticating, for the owner to compare and confirm. */
export async function fetchSftpHostKey(endpoint: TSftpEndpoint): Promise<TSftpHostKey> {
  const address = await resolveAllowed(endpoint);
  return new Promise((resolve, reject) => {
    const client = new Client();
    let found: TSftpHostKey | null = null;
    client.on("error", (error) => (found ? resolve(found) : reject(error)));
    client.on("close", () => (found ? resolve(found) : reject(new Error("closed before a host key"))));
    client.connect({
      host: address,
      port: endpoint.port,
      username: "lomake-host-key-probe",
      readyTimeout: getEnv().DELIVERY_TIMEOUT_MS,
      hostVerifier: (key: Buffer) => {
        found = { algorithm: algorithmOf(key), sha256: fingerprintOf(key) };
        return false; // stop here: nothing is sent beyond the key exchange
      },
    });
  });
}

export type TSftpCredentials = { privateKey: string; passphrase?: string };

/** An authenticated SFTP session whose host key is the pinned one; the caller ends it. */
export async function connectSftp(
  endpoint: TSftpEndpoint & { username: string; hostKeySha256: string },
  credentials: TSftpCredentials,
): Promise<SftpClient> {
  const address = await resolveAllowed(endpoint);
  const sftp = new SftpClient("lomake");
  let presented: string | null = null;
  try {
    await sftp.connect({
      host: address,
      port: endpoint.port,
      username: endpoint.username,
      privateKey: credentials.privateKey,
      ...(credentials.passphrase ? { passphrase: credentials.passphrase } : {}),
      readyTimeout: getEnv().DELIVERY_TIMEOUT_MS,
      // No password or keyboard-interactive fallback: key-based authentication only.
      authHandler: ["publickey"],
      hostVerifier: (key: Buffer) => {
        presented = fingerprintOf(key);
        return presented === endpoint.hostKeySha256;
      },
      retries: 0,
    } as SftpClient.ConnectOptions);
  } catch (error) {
    await sftp.end().catch(() => undefined);
    if (presented && presented !== endpoint.hostKeySha256) throw new SftpHostKeyMismatchError(presented);
    throw error;
  }
  return sftp;
}

/** "Unreachable", "authentication", … as a short, secret-free reason for the ledger. */
export function describeSftpError(error: unknown): string {
  if (error instanceof SftpHostKeyMismatchError) return `host key changed: ${error.presented}`;
  if (error instanceof OutboundBlockedError) return "address not allowed (see the network allowlist)";
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").slice(0, 300);
}
