// Logout from a form page (a same-origin POST): the local session ends first, then Suomi.fi's single logout.
import { identificationText } from "@/components/citizen/identification-messages";
import { isForeignOrigin, readCookie, readPostedBody, redirectResponse } from "@/app/f/_lib/citizen-http";
import { forbiddenResponse, messageResponse } from "@/app/f/_lib/message-responses";
import { SESSION_COOKIE } from "@/lib/identification/identification-session";
import { startLogout } from "@/lib/identification/single-logout";
import { isSafeReturnPath, pickLanguage, refusalResponse } from "../_lib/saml-http";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const language = pickLanguage(new URL(request.url).searchParams.get("lang"));
  if (isForeignOrigin(request)) return forbiddenResponse(request, language);
  const body = await readPostedBody(request);
  const posted = typeof body === "string" ? undefined : body.fields.return;
  const returnPath = typeof posted === "string" && isSafeReturnPath(posted) ? posted : "";
  const clear = [{ name: SESSION_COOKIE, value: "", path: "/", maxAgeSeconds: 0 }];
  try {
    const url = await startLogout(readCookie(request, SESSION_COOKIE), returnPath);
    if (url) return redirectResponse(request, url, clear);
  } catch (error) {
    const response = await refusalResponse(request, error, "logout");
    response.headers.append("Set-Cookie", `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
    return response;
  }
  if (returnPath) return redirectResponse(request, returnPath, clear);
  const response = await messageResponse(
    request,
    language,
    {
      title: identificationText(language, "loggedOutTitle"),
      paragraphs: [identificationText(language, "loggedOut")],
    },
    200,
  );
  response.headers.append("Set-Cookie", `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
  return response;
}
