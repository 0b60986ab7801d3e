// The service provider's two key pairs (signing AuthnRequests and logout messages; decrypting assertions).
// Production reads PEM files named in the environment; development and tests generate self-signed pairs once
// into .data/saml-sp.json (git-ignored), so the SP metadata registered with the sandbox IdP stays valid.
import "server-only";

import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generate } from "selfsigned";
import { z } from "zod";
import { getEnv } from "@/lib/env";

export type TKeyPair = { privateKey: string; certificate: string };
export type TSpKeys = { signing: TKeyPair; encryption: TKeyPair };

const ZKeyPair = z.object({ privateKey: z.string().min(1), certificate: z.string().min(1) });
const ZSpKeysFile = z.object({ signing: ZKeyPair, encryption: ZKeyPair });

export const DEV_SP_KEYS_PATH = join(process.cwd(), ".data", "saml-sp.json");

async function generatePair(purpose: string): Promise<TKeyPair> {
  const notBeforeDate = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const pems = await generate([{ name: "commonName", value: `Lomake development SP ${purpose}` }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + 5 * 365 * 24 * 60 * 60 * 1000),
  });
  return { privateKey: pems.private, certificate: pems.cert };
}

function readFile(path: string): TSpKeys | undefined {
  try {
    return ZSpKeysFile.parse(JSON.parse(readFileSync(path, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`${path} is not a valid SP key file; delete it to generate new keys`);
  }
}

async function loadDevSpKeys(path: string): Promise<TSpKeys> {
  const existing = readFile(path);
  if (existing) return existing;
  const keys = { signing: await generatePair("signing"), encryption: await generatePair("encryption") };
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  try {
    linkSync(temporary, path); // atomic: two processes starting together read the same keys
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(temporary);
  }
  return readFile(path)!;
}

let cached: Promise<TSpKeys> | undefined;

export function getSpKeys(): Promise<TSpKeys> {
  cached ??= (async () => {
    const env = getEnv();
    const files = [
      env.SAML_SP_SIGNING_KEY_FILE,
      env.SAML_SP_SIGNING_CERT_FILE,
      env.SAML_SP_ENCRYPTION_KEY_FILE,
      env.SAML_SP_ENCRYPTION_CERT_FILE,
    ];
    if (files.every(Boolean)) {
      const [signingKey, signingCert, encryptionKey, encryptionCert] = files.map((file) =>
        readFileSync(file!, "utf8"),
      );
      return {
        signing: { privateKey: signingKey!, certificate: signingCert! },
        encryption: { privateKey: encryptionKey!, certificate: encryptionCert! },
      };
    }
    if (env.isProduction)
      throw new Error(
        "Suomi.fi Identification needs SAML_SP_SIGNING_KEY_FILE, SAML_SP_SIGNING_CERT_FILE, SAML_SP_ENCRYPTION_KEY_FILE and SAML_SP_ENCRYPTION_CERT_FILE in production",
      );
    return loadDevSpKeys(DEV_SP_KEYS_PATH);
  })();
  cached.catch(() => (cached = undefined));
  return cached;
}

/** Tests that switch keys call this. */
export function resetSpKeysCache(): void {
  cached = undefined;
}
