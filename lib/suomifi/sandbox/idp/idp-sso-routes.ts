// Single sign-on of the sandbox IdP: a signed AuthnRequest from a registered SP (Redirect binding), the
// identification page, and the signed and encrypted answer through the POST binding. An SSO session on the
// IdP's origin lets a second service (or the Messages POST step) reuse the identification.
import { randomBytes } from "node:crypto";
import { DOMParser } from "@xmldom/xmldom";
import { FinnishSSN } from "finnish-ssn";
import * as xpath from "xpath";
import { AUTHN_CONTEXT, idpEntityId, SAML_NS, STATUS } from "../../saml-constants";
import { sandboxNow, type TSandboxContext } from "../sandbox-context";
import { readForm, sendRedirect, type TSandboxRequest } from "../sandbox-http";
import { pickIdpLanguage, type TLanguage } from "../sandbox-layout";
import { buildSamlResponse, type TAssertionFault } from "./build-saml-response";
import { getIdpKeys } from "./idp-keys";
import { renderIdpMessagePage, renderLoginPage, renderPostBindingPage, IDP_METHODS } from "./idp-pages";
import { findIdpPerson, generatedIdpPerson, type TIdpPerson } from "./idp-persons";
import { findServiceProvider, type TRegisteredServiceProvider } from "./idp-service-providers";
import { sendIdpHtml, sessionCookie } from "./idp-http";
import {
  AUTHN_REQUEST_TTL_MS,
  createIdpSession,
  findIdpSession,
  getSigningKeyId,
  IDP_SESSION_COOKIE,
  IDP_SESSION_TTL_MS,
  joinIdpSession,
  readCookieHeader,
  takeAssertionFault,
} from "./idp-state";
import { readSignedRedirect, RedirectBindingError } from "./redirect-binding";

const select = xpath.useNamespaces({ samlp: SAML_NS.protocol, saml: SAML_NS.assertion });

type TPendingAuthn = {
  id: string;
  spEntityId: string;
  requestId: string;
  relayState: string | null;
  requestedContexts: string[];
  isForceAuthn: boolean;
  locale: TLanguage;
};

const TEXT = {
  badRequest: {
    fi: "Tunnistuspyyntö ei kelpaa",
    sv: "Identifieringsbegäran godtas inte",
    en: "The identification request is not valid",
  },
  expired: {
    fi: "Tunnistus on vanhentunut",
    sv: "Identifieringen har gått ut",
    en: "The identification has expired",
  },
  expiredMessage: {
    fi: "Palaa asiointipalveluun ja aloita tunnistautuminen uudelleen. Älä käytä selaimen Takaisin-painiketta tunnistuksen aikana.",
    sv: "Återgå till e-tjänsten och börja identifieringen på nytt. Använd inte webbläsarens bakåtknapp under identifieringen.",
    en: "Return to the e-service and start the identification again. Do not use the browser's Back button during identification.",
  },
  invalidHetu: {
    fi: "Henkilötunnus ei ole kelvollinen.",
    sv: "Personbeteckningen är inte giltig.",
    en: "The personal identity code is not valid.",
  },
  failed: { fi: "Tunnistus epäonnistui", sv: "Identifieringen misslyckades", en: "Identification failed" },
  methodNotAllowed: {
    fi: "Valittu tunnistustapa ei ole sallittu tässä palvelussa.",
    sv: "Det valda identifieringssättet är inte tillåtet i den här tjänsten.",
    en: "The chosen method is not allowed in this service.",
  },
} as const;

function badRequest(request: TSandboxRequest, language: TLanguage, reason: string) {
  sendIdpHtml(
    request.res,
    400,
    renderIdpMessagePage({ language, title: TEXT.badRequest[language], message: reason }),
  );
}

function parseAuthnRequest(xml: string) {
  const document = new DOMParser().parseFromString(xml, "text/xml");
  const root = select("/samlp:AuthnRequest", document, true) as Element | undefined;
  if (!root) return undefined;
  const issuer = (select("string(saml:Issuer)", root, true) as string).trim();
  const contexts = (select("samlp:RequestedAuthnContext/saml:AuthnContextClassRef", root) as Node[]).map(
    (node) => (node.textContent ?? "").trim(),
  );
  return {
    id: root.getAttribute("ID") ?? "",
    issuer,
    acsUrl: root.getAttribute("AssertionConsumerServiceURL") ?? undefined,
    isForceAuthn: root.getAttribute("ForceAuthn") === "true",
    contexts,
  };
}

/** GET …/Redirect/SSO: verify, remember the request, then reuse the SSO session or show the login page. */
export async function handleSsoRedirect(context: TSandboxContext, request: TSandboxRequest): Promise<void> {
  const language = pickIdpLanguage(request.url.searchParams.get("locale"));
  const rawQuery = request.url.search;
  const encoded = request.url.searchParams.get("SAMLRequest");
  if (!encoded) return badRequest(request, language, "SAMLRequest missing");
  let issuer: string | undefined;
  try {
    const { inflateRawSync } = await import("node:zlib");
    issuer = parseAuthnRequest(inflateRawSync(Buffer.from(encoded, "base64")).toString("utf8"))?.issuer;
  } catch {
    issuer = undefined;
  }
  const provider = issuer ? await findServiceProvider(context, issuer) : undefined;
  if (!provider)
    return badRequest(request, language, "Unknown service provider: register its metadata first");
  let parsed: ReturnType<typeof parseAuthnRequest>;
  let relayState: string | undefined;
  try {
    const message = readSignedRedirect(rawQuery, provider.signingCertificates);
    parsed = parseAuthnRequest(message.xml);
    relayState = message.relayState;
  } catch (error) {
    return badRequest(
      request,
      language,
      error instanceof RedirectBindingError ? error.message : "Malformed request",
    );
  }
  if (!parsed?.id) return badRequest(request, language, "Malformed AuthnRequest");
  if (parsed.acsUrl && parsed.acsUrl !== provider.acsUrl)
    return badRequest(
      request,
      language,
      "AssertionConsumerServiceURL does not match the registered metadata",
    );
  const allowed = provider.finnishAuthMethods;
  const requested =
    parsed.contexts.length > 0 ? parsed.contexts : [AUTHN_CONTEXT.substantial, AUTHN_CONTEXT.high];
  if (requested.some((authnContext) => !allowed.includes(authnContext)))
    return badRequest(
      request,
      language,
      "A requested authentication context is not in the service's FinnishAuthMethod",
    );
  const now = await sandboxNow(context);
  const pending: TPendingAuthn = {
    id: randomBytes(24).toString("base64url"),
    spEntityId: provider.entityId,
    requestId: parsed.id,
    relayState: relayState ?? null,
    requestedContexts: requested,
    isForceAuthn: parsed.isForceAuthn,
    locale: language,
  };
  await context.pool.query(
    `INSERT INTO suomifi_sandbox.idp_authn_requests
       (id, sp_entity_id, request_id, relay_state, requested_contexts, is_force_authn, locale, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      pending.id,
      pending.spEntityId,
      pending.requestId,
      pending.relayState,
      pending.requestedContexts,
      pending.isForceAuthn,
      pending.locale,
      new Date(now.getTime() + AUTHN_REQUEST_TTL_MS),
    ],
  );
  const session = await findIdpSession(
    context,
    readCookieHeader(request.req.headers.cookie, IDP_SESSION_COOKIE),
    now,
  );
  if (session && !pending.isForceAuthn && requested.includes(session.authnContext)) {
    const person = findIdpPerson(session.personId) ?? generatedIdpPerson(session.personId);
    return answerWithAssertion(context, request, pending, provider, {
      person,
      sessionId: session.id,
      authnContext: session.authnContext,
    });
  }
  sendRedirect(request.res, `/idp/login/${pending.id}`);
}

async function loadPending(context: TSandboxContext, id: string): Promise<TPendingAuthn | undefined> {
  const now = await sandboxNow(context);
  const { rows } = await context.pool.query<{
    id: string;
    sp_entity_id: string;
    request_id: string;
    relay_state: string | null;
    requested_contexts: string[];
    is_force_authn: boolean;
    locale: string;
  }>(
    `SELECT id, sp_entity_id, request_id, relay_state, requested_contexts, is_force_authn, locale
     FROM suomifi_sandbox.idp_authn_requests WHERE id = $1 AND expires_at > $2`,
    [id, now],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: row.id,
    spEntityId: row.sp_entity_id,
    requestId: row.request_id,
    relayState: row.relay_state,
    requestedContexts: row.requested_contexts,
    isForceAuthn: row.is_force_authn,
    locale: pickIdpLanguage(row.locale),
  };
}

function loginPage(
  request: TSandboxRequest,
  pending: TPendingAuthn,
  provider: TRegisteredServiceProvider,
  language: TLanguage,
  error?: string,
) {
  const action = `/idp/login/${encodeURIComponent(pending.id)}?locale=${language}`;
  return renderLoginPage({
    language,
    action,
    serviceName: provider.entityId,
    methods: pending.requestedContexts.filter((authnContext) =>
      IDP_METHODS.some((method) => method.authnContext === authnContext),
    ),
    error,
    languageLinks: (["fi", "sv", "en"] as const).map((code) => ({
      language: code,
      href: `/idp/login/${encodeURIComponent(pending.id)}?locale=${code}`,
    })),
  });
}

function expired(request: TSandboxRequest, language: TLanguage) {
  sendIdpHtml(
    request.res,
    410,
    renderIdpMessagePage({ language, title: TEXT.expired[language], message: TEXT.expiredMessage[language] }),
  );
}

export async function handleLoginPage(context: TSandboxContext, request: TSandboxRequest): Promise<void> {
  const pending = await loadPending(context, request.params.pendingId ?? "");
  const language = pickIdpLanguage(request.url.searchParams.get("locale") ?? pending?.locale);
  if (!pending) return expired(request, language);
  const provider = await findServiceProvider(context, pending.spEntityId);
  if (!provider) return expired(request, language);
  sendIdpHtml(request.res, 200, loginPage(request, pending, provider, language));
}

export async function handleLoginChoice(context: TSandboxContext, request: TSandboxRequest): Promise<void> {
  let form: FormData;
  try {
    form = await readForm(request.req, 64 * 1024);
  } catch {
    form = new FormData();
  }
  const pending = await loadPending(context, request.params.pendingId ?? "");
  const language = pickIdpLanguage(request.url.searchParams.get("locale") ?? pending?.locale);
  if (!pending) return expired(request, language);
  const provider = await findServiceProvider(context, pending.spEntityId);
  if (!provider) return expired(request, language);
  if (form.get("action") === "cancel") {
    return answerWithStatus(context, request, pending, provider, {
      code: STATUS.responder,
      subCode: STATUS.authnFailed,
      message: "User cancelled the identification",
    });
  }
  const method = String(form.get("method") ?? "");
  if (!pending.requestedContexts.includes(method))
    return sendIdpHtml(
      request.res,
      400,
      loginPage(request, pending, provider, language, TEXT.methodNotAllowed[language]),
    );
  const typed = String(form.get("customHetu") ?? "")
    .trim()
    .toUpperCase();
  const henkilotunnus = typed || String(form.get("hetu") ?? "");
  if (!FinnishSSN.validate(henkilotunnus))
    return sendIdpHtml(
      request.res,
      400,
      loginPage(request, pending, provider, language, TEXT.invalidHetu[language]),
    );
  const known = findIdpPerson(henkilotunnus);
  if (known?.isDeceased || (!known && provider.isVtjVerificationRequired)) {
    // The real IdP checks VTJ: the person must be found and alive. The service gets a failure status.
    return answerWithStatus(
      context,
      request,
      pending,
      provider,
      { code: STATUS.responder, subCode: STATUS.authnFailed, message: "Population register check failed" },
      TEXT.failed[language],
    );
  }
  const person = known ?? generatedIdpPerson(henkilotunnus);
  const now = await sandboxNow(context);
  const session = await createIdpSession(context.pool, person.henkilotunnus, method, now);
  return answerWithAssertion(
    context,
    request,
    pending,
    provider,
    { person, sessionId: session.id, authnContext: method },
    sessionCookie(IDP_SESSION_COOKIE, session.id, IDP_SESSION_TTL_MS / 1000),
  );
}

async function consume(context: TSandboxContext, pending: TPendingAuthn): Promise<boolean> {
  const result = await context.pool.query("DELETE FROM suomifi_sandbox.idp_authn_requests WHERE id = $1", [
    pending.id,
  ]);
  return result.rowCount === 1;
}

async function answerWithStatus(
  context: TSandboxContext,
  request: TSandboxRequest,
  pending: TPendingAuthn,
  provider: TRegisteredServiceProvider,
  status: { code: string; subCode?: string; message?: string },
  heading?: string,
) {
  if (!(await consume(context, pending))) return expired(request, pending.locale);
  const keys = await getIdpKeys(context);
  const samlResponse = await buildSamlResponse({
    issuer: idpEntityId(context.publicUrl),
    destination: provider.acsUrl,
    audience: provider.entityId,
    inResponseTo: pending.requestId,
    encryptionCertificate: provider.encryptionCertificate,
    signingKey: keys[await getSigningKeyId(context)],
    now: await sandboxNow(context),
    status,
  });
  sendIdpHtml(request.res, 200, (nonce) =>
    renderPostBindingPage({
      language: pending.locale,
      action: provider.acsUrl,
      nonce,
      heading,
      fields: { SAMLResponse: samlResponse, RelayState: pending.relayState ?? undefined },
    }),
  );
}

async function answerWithAssertion(
  context: TSandboxContext,
  request: TSandboxRequest,
  pending: TPendingAuthn,
  provider: TRegisteredServiceProvider,
  login: { person: TIdpPerson; sessionId: string; authnContext: string },
  setCookie?: string,
) {
  if (!(await consume(context, pending))) return expired(request, pending.locale);
  const { nameId, sessionIndex } = await joinIdpSession(context.pool, login.sessionId, provider.entityId);
  const keys = await getIdpKeys(context);
  const signingKeyId = await getSigningKeyId(context);
  const fault: TAssertionFault | undefined = await takeAssertionFault(context);
  const samlResponse = await buildSamlResponse({
    issuer: idpEntityId(context.publicUrl),
    destination: provider.acsUrl,
    audience: provider.entityId,
    inResponseTo: pending.requestId,
    encryptionCertificate: provider.encryptionCertificate,
    signingKey: keys[signingKeyId],
    foreignKey: fault === "foreign-key" ? await foreignKey() : undefined,
    now: await sandboxNow(context),
    authentication: { person: login.person, nameId, sessionIndex, authnContext: login.authnContext },
    fault,
  });
  sendIdpHtml(
    request.res,
    200,
    (nonce) =>
      renderPostBindingPage({
        language: pending.locale,
        action: provider.acsUrl,
        nonce,
        fields: { SAMLResponse: samlResponse, RelayState: pending.relayState ?? undefined },
      }),
    { setCookie },
  );
}

let foreign: Promise<import("./idp-keys").TIdpKey> | undefined;
function foreignKey() {
  foreign ??= import("selfsigned").then(async ({ generate }) => {
    const pems = await generate([{ name: "commonName", value: "Not the IdP" }], {
      keySize: 2048,
      algorithm: "sha256",
    });
    return { id: "a" as const, privateKey: pems.private, certificate: pems.cert };
  });
  return foreign;
}
