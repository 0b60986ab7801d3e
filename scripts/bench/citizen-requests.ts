// Requests a citizen makes on the seeded damage-compensation form: its addresses, a valid first step as the
// browser posts it, and a fresh draft (its cookie) made by posting that step.
export const FORM_PATH = "/f/demo/vahingonkorvausvaatimus";
export const FIRST_STEP = "claimant";
export const SECOND_STEP = "incident";

/** The first step ("Hakijan tiedot") filled as the e2e journey does, url-encoded as a form post. */
export const CLAIMANT_STEP_BODY = new URLSearchParams({
  fullName: "Tessa Testilä",
  personalIdentityCode: "010280-952L",
  "address.street": "Testikatu 1 A 2",
  "address.postalCode": "00100",
  "address.postOffice": "Helsinki",
  phone: "040 123 4567",
  email: "tessa@example.fi",
  _action: "continue",
}).toString();

export const FORM_POST_HEADERS = { "Content-Type": "application/x-www-form-urlencoded" };

/** Posts the first step without a cookie: the host creates a draft; returns its cookie ("name=value"). */
export async function createDraftCookie(appUrl: string): Promise<string> {
  const response = await fetch(`${appUrl}${FORM_PATH}/step/${FIRST_STEP}`, {
    method: "POST",
    headers: FORM_POST_HEADERS,
    body: CLAIMANT_STEP_BODY,
    redirect: "manual",
  });
  const location = response.headers.get("location") ?? "";
  if (response.status !== 303 || !location.endsWith(`/step/${SECOND_STEP}`))
    throw new Error(`posting the first step answered ${response.status} → ${location}`);
  const cookie = response.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error("posting the first step set no draft cookie");
  return cookie;
}

/** `count` drafts, a few created at a time. */
export async function createDraftCookies(appUrl: string, count: number): Promise<string[]> {
  const cookies: string[] = [];
  const createSome = async () => {
    while (cookies.length < count) cookies.push(await createDraftCookie(appUrl));
  };
  await Promise.all(Array.from({ length: 4 }, createSome));
  return cookies.slice(0, count);
}

export async function fetchText(url: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.text();
}
