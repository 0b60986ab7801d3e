// The demo owner's password is published in the README. It is accepted only while the app listens on
// loopback alone (the development default); once LOMAKE_LISTEN_HOST opens it to the network, or in
// production, signing in with it is refused, so a demo database never becomes an open door.
import type { TEnv } from "@/lib/env";

export const DEMO_OWNER_EMAIL = "omistaja@demokunta.example";
export const DEMO_OWNER_PASSWORD = "Demokunta-salasana-2026";

function isLoopbackHost(host: string): boolean {
  const value = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  return value === "localhost" || value === "::1" || /^127\.\d+\.\d+\.\d+$/.test(value);
}

export function isDemoPasswordRefused(env: Pick<TEnv, "isProduction" | "LOMAKE_LISTEN_HOST">): boolean {
  if (env.isProduction) return true;
  return env.LOMAKE_LISTEN_HOST !== undefined && !isLoopbackHost(env.LOMAKE_LISTEN_HOST);
}

/** The address the web process listens on: loopback outside production unless opened on purpose. */
export function listenHostOf(env: Pick<TEnv, "isProduction" | "LOMAKE_LISTEN_HOST">): string {
  return env.LOMAKE_LISTEN_HOST ?? (env.isProduction ? "0.0.0.0" : "127.0.0.1");
}

export function isDemoCredential(email: string, password: string): boolean {
  return email === DEMO_OWNER_EMAIL && password === DEMO_OWNER_PASSWORD;
}
