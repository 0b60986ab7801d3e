import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";

/** Absolute URL of a path on this app: APP_URL when configured, else the request's own origin. */
export async function appUrl(path: string): Promise<string> {
  const configured = getEnv().APP_URL;
  if (configured) return new URL(path, configured).toString();
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return new URL(path, `${protocol}://${host}`).toString();
}
