import { randomInt } from "node:crypto";

// Crockford-style alphabet without look-alikes (no 0/O, 1/I/L, U): easy to read aloud and type.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A human-friendly submission reference such as LMK-7F3K-9Q2D (~43 bits of randomness). */
export function generateReference(): string {
  const pick = () => ALPHABET[randomInt(ALPHABET.length)];
  const group = () => Array.from({ length: 4 }, pick).join("");
  return `LMK-${group()}-${group()}`;
}

export const REFERENCE_PATTERN = /\bLMK-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}\b/;
