// Completes a login in the browser that started it (the attempt cookie's nonce must match) and starts the
// person's short-lived session.
import { readCookie, redirectResponse } from "@/app/f/_lib/citizen-http";
import { SAML_PATHS } from "@/lib/identification/identification-config";
import { completeIdentification, SESSION_COOKIE } from "@/lib/identification/identification-session";
import { ATTEMPT_COOKIE } from "@/lib/identification/start-identification";
import { refusalResponse } from "../../_lib/saml-http";

export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ attempt: string }> },
): Promise<Response> {
  const { attempt } = await params;
  try {
    const session = await completeIdentification(attempt, readCookie(request, ATTEMPT_COOKIE));
    return redirectResponse(request, session.returnPath, [
      { name: SESSION_COOKIE, value: session.sessionToken, path: "/", maxAgeSeconds: session.maxAgeSeconds },
      { name: ATTEMPT_COOKIE, value: "", path: SAML_PATHS.complete, maxAgeSeconds: 0 },
    ]);
  } catch (error) {
    return refusalResponse(request, error, "complete");
  }
}
