// Dispatches a request to the REST API, the POST API pages, the mailbox or the control API,
// applying maintenance mode and injected faults (latency, forced statuses) on the way.
import type { IncomingMessage, ServerResponse } from "node:http";
import { SANDBOX_POST_PATH } from "../post-profile";
import { IDP_PATHS } from "../saml-constants";
import { handleControl } from "./control-routes";
import { renderIdpMetadata } from "./idp/idp-metadata";
import { handleIdpLogout, handleIdpLogoutPage, handleSloRedirect } from "./idp/idp-slo-routes";
import { handleLoginChoice, handleLoginPage, handleSsoRedirect } from "./idp/idp-sso-routes";
import { html } from "./html";
import { handleMailbox, handleMailboxAttachment } from "./mailbox-routes";
import { handleMailboxNewMessage, handleMailboxReply } from "./mailbox-compose";
import { handleMailboxConfirm, handleMailboxMessage } from "./mailbox-message-routes";
import { handlePaperLetter, handlePaperMail } from "./paper-mail-routes";
import {
  handleIdentificationChoice,
  handleIdentificationPage,
  handlePostSubmission,
} from "./post-api-routes";
import { handleDownloadAttachment, handleUploadAttachment } from "./rest-attachment-routes";
import { handleChangePassword, handleToken } from "./rest-auth-routes";
import { handleEvents } from "./rest-event-routes";
import {
  handleActiveMailboxes,
  handleGetMessage,
  handleSendElectronic,
  handleSendMultichannel,
  handleSendPaperWithoutId,
} from "./rest-message-routes";
import { getSettings, type TSandboxContext } from "./sandbox-context";
import { DEFAULT_VALTUUDET_PATHS as VALTUUDET } from "../valtuudet-contract";
import {
  handleCompanyAuthorization,
  handleCompanyPrincipals,
  handlePersonAuthorization,
  handlePersonPrincipals,
} from "./valtuudet-routes";
import { sendApiError, sendHtml, type TSandboxRequest } from "./sandbox-http";
import { renderErrorPage } from "./sandbox-pages";
import { renderPage } from "./sandbox-layout";

type THandler = (context: TSandboxContext, request: TSandboxRequest) => Promise<void>;
type TRoute = {
  method: string;
  template: string;
  kind: "rest" | "post" | "page";
  handler: THandler;
  pattern: RegExp;
  names: string[];
};

function route(method: string, template: string, kind: TRoute["kind"], handler: THandler): TRoute {
  const names: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { method, template, kind, handler, pattern: new RegExp(`^${source}$`), names };
}

const ROUTES: TRoute[] = [
  route("POST", "/v1/token", "rest", handleToken),
  route("POST", "/v1/change-password", "rest", handleChangePassword),
  route("POST", "/v1/mailboxes/active", "rest", handleActiveMailboxes),
  route("POST", "/v2/attachments", "rest", handleUploadAttachment),
  route("GET", "/v1/attachments/{attachmentId}", "rest", handleDownloadAttachment),
  route("POST", "/v2/messages/electronic", "rest", handleSendElectronic),
  route("POST", "/v2/messages", "rest", handleSendMultichannel),
  route("POST", "/v2/paper-mail-without-id", "rest", handleSendPaperWithoutId),
  route("GET", "/v2/messages/{messageId}", "rest", handleGetMessage),
  route("GET", "/v2/events", "rest", handleEvents),
  route("GET", VALTUUDET.personPrincipals, "rest", handlePersonPrincipals),
  route("GET", VALTUUDET.companyPrincipals, "rest", handleCompanyPrincipals),
  route("GET", VALTUUDET.personAuthorization, "rest", handlePersonAuthorization),
  route("GET", VALTUUDET.companyAuthorization, "rest", handleCompanyAuthorization),
  route("POST", SANDBOX_POST_PATH, "post", handlePostSubmission),
  route("GET", "/identify/{pendingId}", "page", handleIdentificationPage),
  route("POST", "/identify/{pendingId}", "page", handleIdentificationChoice),
  route("GET", "/mailbox", "page", handleMailbox),
  route("GET", "/mailbox/attachments/{attachmentId}", "page", handleMailboxAttachment),
  route("POST", "/mailbox/reply", "page", handleMailboxReply),
  route("POST", "/mailbox/new", "page", handleMailboxNewMessage),
  route("GET", "/mailbox/messages/{messageId}", "page", handleMailboxMessage),
  route("POST", "/mailbox/confirm", "page", handleMailboxConfirm),
  route("GET", "/paper-mail", "page", handlePaperMail),
  route("GET", "/paper-mail/{messageId}/letter", "page", handlePaperLetter),
  route("GET", IDP_PATHS.metadata, "page", handleIdpMetadata),
  route("GET", IDP_PATHS.ssoRedirect, "page", handleSsoRedirect),
  route("GET", "/idp/login/{pendingId}", "page", handleLoginPage),
  route("POST", "/idp/login/{pendingId}", "page", handleLoginChoice),
  route("GET", IDP_PATHS.sloRedirect, "page", handleSloRedirect),
  route("GET", "/idp/logout", "page", handleIdpLogoutPage),
  route("POST", "/idp/logout", "page", handleIdpLogout),
  route("GET", "/", "page", handleIndex),
];

async function handleIdpMetadata(context: TSandboxContext, { res }: TSandboxRequest): Promise<void> {
  const xml = await renderIdpMetadata(context);
  res.writeHead(200, {
    "Content-Type": "application/samlmetadata+xml; charset=utf-8",
    "Content-Length": Buffer.byteLength(xml),
    "Cache-Control": "no-store",
  });
  res.end(xml);
}

async function handleIndex(_context: TSandboxContext, { res }: TSandboxRequest): Promise<void> {
  sendHtml(
    res,
    200,
    renderPage({
      language: "en",
      title: "Suomi.fi Messages sandbox",
      body: html`<h1>Suomi.fi Messages sandbox</h1>
        <p>
          REST API at <code>/v1/…</code> and <code>/v2/…</code>; POST API at
          <code>${SANDBOX_POST_PATH}</code>.
        </p>
        <p><a href="/mailbox">Citizen mailbox</a></p>
        <p><a href="/paper-mail?lang=en">Paper mail (printing and enveloping)</a></p>
        <p>
          Suomi.fi Identification test IdP: metadata at <code>${IDP_PATHS.metadata}</code>;
          <a href="/idp/logout">log out of Suomi.fi identification</a>.
        </p>`,
    }),
  );
}

/** Applies injected latency and forced statuses; returns true when a fault answered the request. */
async function applyFault(
  context: TSandboxContext,
  key: string,
  request: TSandboxRequest,
  kind: TRoute["kind"],
): Promise<boolean> {
  const { rows } = await context.pool.query<{ endpoint: string; latency_ms: number }>(
    "SELECT endpoint, latency_ms FROM suomifi_sandbox.faults WHERE endpoint = ANY($1::text[])",
    [[key, "*"]],
  );
  const latency = Math.max(0, ...rows.map((row) => row.latency_ms));
  if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
  const forced = await context.pool.query<{ status: number }>(
    `UPDATE suomifi_sandbox.faults SET remaining = remaining - 1
     WHERE endpoint = (SELECT endpoint FROM suomifi_sandbox.faults
       WHERE endpoint = ANY($1::text[]) AND status > 0 AND (remaining IS NULL OR remaining > 0)
       ORDER BY endpoint = '*' LIMIT 1 FOR UPDATE)
     RETURNING status`,
    [[key, "*"]],
  );
  const status = forced.rows[0]?.status;
  if (status === undefined) return false;
  request.req.resume();
  if (kind === "rest") sendApiError(request.res, status, "Injected fault");
  else
    sendHtml(
      request.res,
      status,
      renderErrorPage({
        language: "fi",
        title: "Palvelussa on häiriö / Service error",
        message: `HTTP ${status}`,
      }),
    );
  return true;
}

export async function routeSandboxRequest(
  context: TSandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // Only the path and query matter; the Host header is never trusted or needed.
  const url = new URL(req.url ?? "/", "http://sandbox.invalid");
  const request: TSandboxRequest = { req, res, url, params: {} };
  if (url.pathname.startsWith("/__control/")) return handleControl(context, request);
  const candidates = ROUTES.filter((candidate) => candidate.pattern.test(url.pathname));
  const match = candidates.find((candidate) => candidate.method === req.method);
  if (!match) {
    req.resume();
    const status = candidates.length > 0 ? 405 : 404;
    if (
      url.pathname.startsWith("/v1/") ||
      url.pathname.startsWith("/v2/") ||
      url.pathname.startsWith("/service/")
    )
      return sendApiError(res, status, status === 404 ? "Not found" : "Method not allowed");
    return sendHtml(
      res,
      status,
      renderErrorPage({
        language: "fi",
        title: status === 404 ? "Sivua ei löydy / Page not found" : "Method not allowed",
        message: url.pathname,
      }),
    );
  }
  const values = match.pattern.exec(url.pathname)!.slice(1);
  match.names.forEach((name, index) => {
    request.params[name] = decodeURIComponent(values[index]!);
  });
  if (match.kind !== "page" && (await getSettings(context)).isInMaintenance) {
    req.resume();
    if (match.kind === "rest") return sendApiError(res, 503, "Service is under maintenance", "MAINTENANCE");
    return sendHtml(
      res,
      503,
      renderErrorPage({
        language: "fi",
        title: "Huoltokatko / Maintenance break",
        message:
          "Suomi.fi-viestit on huoltokatkon vuoksi poissa käytöstä. Suomi.fi Messages is unavailable because of a maintenance break.",
      }),
    );
  }
  if (
    match.kind !== "page" &&
    (await applyFault(context, `${match.method} ${match.template}`, request, match.kind))
  )
    return;
  await match.handler(context, request);
}
