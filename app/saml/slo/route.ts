// Single logout endpoint (HTTP-Redirect binding): Suomi.fi's LogoutRequest (often in a hidden iframe, without
// cookies) or its LogoutResponse to ours.
import { redirectResponse } from "@/app/f/_lib/citizen-http";
import { messageResponse } from "@/app/f/_lib/message-responses";
import { identificationText } from "@/components/citizen/identification-messages";
import { handleSingleLogout } from "@/lib/identification/single-logout";
import { isSafeReturnPath, refusalResponse } from "../_lib/saml-http";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  try {
    const outcome = await handleSingleLogout(url.search);
    if (outcome.kind === "respond") return redirectResponse(request, outcome.redirectUrl);
    const returnPath = outcome.relayState;
    const language = returnPath?.includes("lang=sv") ? "sv" : returnPath?.includes("lang=en") ? "en" : "fi";
    return messageResponse(
      request,
      language,
      {
        title: identificationText(language, "loggedOutTitle"),
        paragraphs: [identificationText(language, "loggedOut")],
        links: isSafeReturnPath(returnPath)
          ? [{ href: returnPath, label: identificationText(language, "backToForm") }]
          : [],
      },
      200,
    );
  } catch (error) {
    return refusalResponse(request, error, "slo");
  }
}
