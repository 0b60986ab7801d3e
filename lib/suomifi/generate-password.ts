import { randomInt } from "node:crypto";

// Same alphabet as evaka's rotation; at least one character of each class (the sandbox enforces 32 + 4 classes).
const CLASSES = ["abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789", "$#~!"] as const;
const ALL = CLASSES.join("");

export function generateSuomifiPassword(length = 40): string {
  if (length < CLASSES.length) throw new Error("Password too short");
  const characters = CLASSES.map((set) => set[randomInt(set.length)]!);
  while (characters.length < length) characters.push(ALL[randomInt(ALL.length)]!);
  for (let index = characters.length - 1; index > 0; index -= 1) {
    const other = randomInt(index + 1);
    [characters[index], characters[other]] = [characters[other]!, characters[index]!];
  }
  return characters.join("");
}

/** The policy the sandbox enforces (the official minimum is unconfirmed): ≥ 32 chars, lower, upper, digit, symbol. */
export function isStrongSuomifiPassword(password: string): boolean {
  return (
    password.length >= 32 &&
    /[a-z]/.test(password) &&
    /[A-Z]/.test(password) &&
    /[0-9]/.test(password) &&
    /[^a-zA-Z0-9]/.test(password)
  );
}
