import "server-only";
import { Readable } from "node:stream";
import NodeClam from "clamscan";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";

export type TScanResult =
  | { status: "clean" }
  | { status: "infected"; signatures: string[] }
  /** The scanner could not be reached or failed: the upload must be refused (unless scanning is off). */
  | { status: "unavailable" }
  /** Scanning is not configured (development only): stored as `unscanned`. */
  | { status: "unscanned" };

type TScanner = { scanStream(stream: Readable): Promise<{ isInfected: boolean | null; viruses: string[] }> };

let scannerPromise: Promise<TScanner> | undefined;

function parseClamavUrl(url: string): { host?: string; port?: number; socket?: string } {
  if (url.startsWith("unix:")) return { socket: url.slice("unix:".length) };
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || 3310) };
}

async function getScanner(url: string): Promise<TScanner> {
  scannerPromise ??= new NodeClam()
    .init({
      removeInfected: false,
      debugMode: false,
      clamscan: { active: false },
      clamdscan: {
        ...parseClamavUrl(url),
        timeout: getEnv().CLAMAV_TIMEOUT_MS,
        localFallback: false,
        active: true,
        bypassTest: true,
        multiscan: false,
      },
      preference: "clamdscan",
    })
    .catch((error: unknown) => {
      scannerPromise = undefined;
      throw error;
    }) as Promise<TScanner>;
  return scannerPromise;
}

/**
 * Scans bytes with ClamAV's clamd (CLAMAV_URL, e.g. tcp://127.0.0.1:3310 or unix:/run/clamav/clamd.ctl).
 * Without CLAMAV_URL, production refuses every file (unavailable) and development accepts them unscanned.
 */
export async function scanBytes(bytes: Uint8Array): Promise<TScanResult> {
  const env = getEnv();
  if (!env.CLAMAV_URL)
    return env.isProduction || env.CLAMAV_REQUIRED ? { status: "unavailable" } : { status: "unscanned" };
  try {
    const scanner = await getScanner(env.CLAMAV_URL);
    const result = await scanner.scanStream(Readable.from([Buffer.from(bytes)]));
    if (result.isInfected === true) return { status: "infected", signatures: result.viruses };
    if (result.isInfected === false) return { status: "clean" };
    return { status: "unavailable" };
  } catch (error) {
    logger.error({ err: error }, "virus scanner unavailable");
    return { status: "unavailable" };
  }
}

/** Tests change CLAMAV_URL between cases. */
export function resetVirusScanner(): void {
  scannerPromise = undefined;
}
