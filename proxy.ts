// Runs before every page: a fresh CSP nonce for admin pages (Next needs inline scripts there) and the common
// security headers. Citizen pages are route handlers that set their own, nonce-free policy.
import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { baseSecurityHeaders, buildAdminCsp } from "@/lib/http/security-headers";

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = buildAdminCsp({ nonce, isDevelopment: getEnv().NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const isHttps = request.nextUrl.protocol === "https:";
  for (const [name, value] of Object.entries(baseSecurityHeaders(isHttps))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|f/|bench/|_next/static|_next/image|favicon.ico|assets/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
