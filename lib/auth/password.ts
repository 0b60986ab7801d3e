import "server-only";
import argon2 from "argon2";
import { z } from "zod";

// OWASP's argon2id baseline (19 MiB, 2 iterations) raised a little; about 50 ms on the 2-core machines here.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 3, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const ZNewPassword = z.string().min(PASSWORD_MIN_LENGTH).max(200);

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verifying against a fixed hash when the user does not exist keeps the timing the same either way. */
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("lomake-dummy-password-for-timing");
  await verifyPassword(await dummyHash, password);
  return false;
}
