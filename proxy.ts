// Runs before every page: a fresh CSP nonce for admin pages (Next needs inline scripts there) and the common
// security headers. Citizen pages are route handlers that set their own, nonce-free policy.
import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { isDeclaredBodyTooLarge, MAX_ADMIN_BODY_BYTES } from "@/lib/http/body-limit";
import { isAllowedRequestOrigin } from "@/lib/http/request-origin";
import { findServerActionBodyProblem } from "@/lib/http/server-action-body";
import { baseSecurityHeaders, buildAdminCsp } from "@/lib/http/security-headers";

export async function proxy(request: NextRequest) {
  const isHttps =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const isAllowed = isAllowedRequestOrigin({
    method: request.method,
    origin: request.headers.get("origin"),
    requestOrigin: request.nextUrl.origin,
    host: request.headers.get("host"),
    forwardedHost: request.headers.get("x-forwarded-host"),
    protocol: isHttps ? "https" : "http",
    appUrl: getEnv().APP_URL,
  });
  if (!isAllowed) {
    // Cross-site request forgery: a Server Action or form post from another site (or with no Origin at all).
    return new NextResponse("Cross-origin request refused.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...baseSecurityHeaders(isHttps) },
    });
  }
  if (isDeclaredBodyTooLarge(request.headers.get("content-length"), MAX_ADMIN_BODY_BYTES)) {
    return new NextResponse(
      `Request body too large: the limit is ${MAX_ADMIN_BODY_BYTES / 1024 / 1024} MB.`,
      {
        status: 413,
        headers: { "Content-Type": "text/plain; charset=utf-8", ...baseSecurityHeaders(isHttps) },
      },
    );
  }
  if (request.method === "POST" && request.headers.has("next-action")) {
    const problem = await findServerActionBodyProblem(request);
    if (problem) {
      return new NextResponse(`Bad request: ${problem}.`, {
        status: problem === "length required" ? 411 : 400,
        headers: { "Content-Type": "text/plain; charset=utf-8", ...baseSecurityHeaders(isHttps) },
      });
    }
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = buildAdminCsp({ nonce, isDevelopment: getEnv().NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(baseSecurityHeaders(isHttps))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|f/|saml/|bench/|_next/static|_next/image|favicon.ico|assets/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
