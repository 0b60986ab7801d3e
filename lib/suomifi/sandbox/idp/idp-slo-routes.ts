// Single logout of the sandbox IdP, both directions DVV requires: a service's signed LogoutRequest ends the SSO
// session, the IdP logs the person out of the other services through hidden iframes (front channel, where
// third-party cookies are blocked, so each SP must find its session from the NameID and SessionIndex alone) and
// answers with a signed LogoutResponse; and the IdP's own logout page does the same for every service.
import { inflateRawSync } from "node:zlib";
import { DOMParser } from "@xmldom/xmldom";
import * as xpath from "xpath";
import { idpEntityId, NAME_ID_TRANSIENT, SAML_NS, STATUS } from "../../saml-constants";
import { escapeHtml as escapeXml, html } from "../html";
import { sandboxNow, type TSandboxContext } from "../sandbox-context";
import { sendRedirect, type TSandboxRequest } from "../sandbox-http";
import { pickIdpLanguage, type TLanguage } from "../sandbox-layout";
import { newSamlId } from "./build-saml-response";
import { sendIdpHtml, sessionCookie } from "./idp-http";
import { getIdpKeys } from "./idp-keys";
import { renderIdpMessagePage } from "./idp-pages";
import { findServiceProvider } from "./idp-service-providers";
import {
  endIdpSession,
  findIdpSession,
  findParticipant,
  getSigningKeyId,
  IDP_SESSION_COOKIE,
  readCookieHeader,
  sessionParticipants,
  type TParticipant,
} from "./idp-state";
import { readSignedRedirect, RedirectBindingError, signedRedirectUrl } from "./redirect-binding";

const select = xpath.useNamespaces({ samlp: SAML_NS.protocol, saml: SAML_NS.assertion });
const CLEAR_COOKIE = sessionCookie(IDP_SESSION_COOKIE, "", 0);

const TEXT = {
  loggedOut: { fi: "Olet kirjautunut ulos", sv: "Du har loggat ut", en: "You have logged out" },
  loggedOutMessage: {
    fi: "Suomi.fi-tunnistuksen istunto on päättynyt, ja sinut kirjataan ulos myös muista palveluista, joihin tunnistauduit.",
    sv: "Sessionen i Suomi.fi-identifikationen har avslutats, och du loggas ut även från de andra tjänster där du identifierade dig.",
    en: "Your Suomi.fi identification session has ended, and you are logged out of the other services you identified to as well.",
  },
  back: { fi: "Palaa palveluun", sv: "Återgå till tjänsten", en: "Return to the service" },
  logoutTitle: {
    fi: "Kirjaudu ulos Suomi.fi-tunnistuksesta",
    sv: "Logga ut från Suomi.fi-identifikationen",
    en: "Log out of Suomi.fi identification",
  },
  logoutButton: {
    fi: "Kirjaudu ulos kaikista palveluista",
    sv: "Logga ut från alla tjänster",
    en: "Log out of all services",
  },
  noSession: {
    fi: "Sinulla ei ole voimassa olevaa tunnistusta.",
    sv: "Du har ingen giltig identifiering.",
    en: "You have no identification session.",
  },
  invalid: {
    fi: "Uloskirjautumispyyntö ei kelpaa",
    sv: "Utloggningsbegäran godtas inte",
    en: "The logout request is not valid",
  },
} as const;

async function logoutRequestUrl(
  context: TSandboxContext,
  participant: TParticipant,
): Promise<string | undefined> {
  const provider = await findServiceProvider(context, participant.spEntityId);
  if (!provider?.sloRedirectUrl) return undefined;
  const now = await sandboxNow(context);
  const keys = await getIdpKeys(context);
  const xml = `<saml2p:LogoutRequest xmlns:saml2p="${SAML_NS.protocol}" xmlns:saml2="${SAML_NS.assertion}" Destination="${escapeXml(provider.sloRedirectUrl)}" ID="${newSamlId()}" IssueInstant="${now.toISOString()}" NotOnOrAfter="${new Date(now.getTime() + 5 * 60_000).toISOString()}" Version="2.0"><saml2:Issuer>${escapeXml(idpEntityId(context.publicUrl))}</saml2:Issuer><saml2:NameID Format="${NAME_ID_TRANSIENT}">${escapeXml(participant.nameId)}</saml2:NameID><saml2p:SessionIndex>${escapeXml(participant.sessionIndex)}</saml2p:SessionIndex></saml2p:LogoutRequest>`;
  return signedRedirectUrl(
    provider.sloRedirectUrl,
    { kind: "SAMLRequest", xml },
    keys[await getSigningKeyId(context)].privateKey,
  );
}

function frames(urls: string[]) {
  return html`${urls.map((url) => html`<iframe src="${url}" title="logout" hidden width="0" height="0"></iframe>`)}`;
}

/** Hidden iframes that carry a LogoutRequest to every other service of the session. */
async function logoutOthers(context: TSandboxContext, participants: TParticipant[]): Promise<string[]> {
  const urls: string[] = [];
  for (const participant of participants) {
    const url = await logoutRequestUrl(context, participant);
    if (url) urls.push(url);
  }
  return urls;
}

function issuerOf(rawQuery: string): string | undefined {
  const query = new URLSearchParams(rawQuery);
  const encoded = query.get("SAMLRequest") ?? query.get("SAMLResponse");
  if (!encoded) return undefined;
  try {
    const xml = inflateRawSync(Buffer.from(encoded, "base64")).toString("utf8");
    const document = new DOMParser().parseFromString(xml, "text/xml");
    return (select("string(/*/saml:Issuer)", document, true) as string).trim() || undefined;
  } catch {
    return undefined;
  }
}

export async function handleSloRedirect(context: TSandboxContext, request: TSandboxRequest): Promise<void> {
  const language = pickIdpLanguage(request.url.searchParams.get("locale"));
  const invalid = (reason: string) =>
    sendIdpHtml(
      request.res,
      400,
      renderIdpMessagePage({ language, title: TEXT.invalid[language], message: reason }),
    );
  const issuer = issuerOf(request.url.search);
  const provider = issuer ? await findServiceProvider(context, issuer) : undefined;
  if (!provider) return invalid("Unknown service provider");
  let message;
  try {
    message = readSignedRedirect(request.url.search, provider.signingCertificates);
  } catch (error) {
    return invalid(error instanceof RedirectBindingError ? error.message : "Malformed message");
  }
  const document = new DOMParser().parseFromString(message.xml, "text/xml");
  if (message.kind === "SAMLResponse") {
    // A service's answer to a front-channel LogoutRequest, inside a hidden iframe.
    return sendIdpHtml(
      request.res,
      200,
      renderIdpMessagePage({ language, title: TEXT.loggedOut[language], message: "" }),
    );
  }
  const root = select("/samlp:LogoutRequest", document, true) as Element | undefined;
  const nameId = (select("string(saml:NameID)", root ?? document, true) as string).trim();
  const sessionIndex =
    (select("string(samlp:SessionIndex)", root ?? document, true) as string).trim() || undefined;
  if (!root || !nameId) return invalid("Malformed LogoutRequest");
  const participant = await findParticipant(context, provider.entityId, nameId, sessionIndex);
  let others: string[] = [];
  if (participant) {
    const everyone = await sessionParticipants(context, participant.sessionId);
    others = await logoutOthers(
      context,
      everyone.filter((entry) => entry.spEntityId !== provider.entityId),
    );
    await endIdpSession(context, participant.sessionId);
  }
  if (!provider.sloRedirectUrl) return invalid("The service has no SingleLogoutService in its metadata");
  const now = await sandboxNow(context);
  const keys = await getIdpKeys(context);
  // Success also when the session had already ended: the person is logged out either way.
  const responseXml = `<saml2p:LogoutResponse xmlns:saml2p="${SAML_NS.protocol}" xmlns:saml2="${SAML_NS.assertion}" Destination="${escapeXml(provider.sloRedirectUrl)}" ID="${newSamlId()}" InResponseTo="${escapeXml(root.getAttribute("ID") ?? "")}" IssueInstant="${now.toISOString()}" Version="2.0"><saml2:Issuer>${escapeXml(idpEntityId(context.publicUrl))}</saml2:Issuer><saml2p:Status><saml2p:StatusCode Value="${STATUS.success}"/></saml2p:Status></saml2p:LogoutResponse>`;
  const backUrl = signedRedirectUrl(
    provider.sloRedirectUrl,
    { kind: "SAMLResponse", xml: responseXml, relayState: message.relayState },
    keys[await getSigningKeyId(context)].privateKey,
  );
  if (others.length === 0) {
    request.res.setHeader("Set-Cookie", CLEAR_COOKIE);
    return sendRedirect(request.res, backUrl);
  }
  sendIdpHtml(
    request.res,
    200,
    renderIdpMessagePage({
      language,
      title: TEXT.loggedOut[language],
      message: TEXT.loggedOutMessage[language],
      extra: html`${frames(others)}
        <p><a class="button" href="${backUrl}">${TEXT.back[language]}</a></p>`,
    }),
    { setCookie: CLEAR_COOKIE, allowFrames: true },
  );
}

/** GET /idp/logout: Suomi.fi's own logout, as when the person logs out in another e-service. */
export async function handleIdpLogoutPage(context: TSandboxContext, request: TSandboxRequest): Promise<void> {
  const language: TLanguage = pickIdpLanguage(request.url.searchParams.get("locale"));
  const session = await findIdpSession(
    context,
    readCookieHeader(request.req.headers.cookie, IDP_SESSION_COOKIE),
    await sandboxNow(context),
  );
  sendIdpHtml(
    request.res,
    200,
    renderIdpMessagePage({
      language,
      title: TEXT.logoutTitle[language],
      message: session ? "" : TEXT.noSession[language],
      extra: html`<form method="post" action="/idp/logout?locale=${language}">
        <button type="submit">${TEXT.logoutButton[language]}</button>
      </form>`,
    }),
  );
}

export async function handleIdpLogout(context: TSandboxContext, request: TSandboxRequest): Promise<void> {
  request.req.resume();
  const language: TLanguage = pickIdpLanguage(request.url.searchParams.get("locale"));
  const session = await findIdpSession(
    context,
    readCookieHeader(request.req.headers.cookie, IDP_SESSION_COOKIE),
    await sandboxNow(context),
  );
  const urls = session ? await logoutOthers(context, await sessionParticipants(context, session.id)) : [];
  if (session) await endIdpSession(context, session.id);
  sendIdpHtml(
    request.res,
    200,
    renderIdpMessagePage({
      language,
      title: TEXT.loggedOut[language],
      message: session ? TEXT.loggedOutMessage[language] : TEXT.noSession[language],
      extra: frames(urls),
    }),
    { setCookie: CLEAR_COOKIE, allowFrames: true },
  );
}
