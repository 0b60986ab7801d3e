// The assertion consumer service: Suomi.fi's Response arrives as a cross-site POST (HTTP-POST binding). No
// cookie is trusted here; the identity waits on the attempt until the same browser completes the login.
import { redirectResponse } from "@/app/f/_lib/citizen-http";
import { SAML_PATHS } from "@/lib/identification/identification-config";
import { receiveAssertion } from "@/lib/identification/receive-assertion";
import { refusalResponse } from "../_lib/saml-http";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    form = new FormData();
  }
  const samlResponse = form.get("SAMLResponse");
  const relayState = form.get("RelayState");
  try {
    const { attemptId } = await receiveAssertion({
      samlResponse: typeof samlResponse === "string" ? samlResponse : "",
      relayState: typeof relayState === "string" ? relayState : "",
    });
    return redirectResponse(request, `${SAML_PATHS.complete}/${encodeURIComponent(attemptId)}`);
  } catch (error) {
    return refusalResponse(request, error, "acs");
  }
}
