// The POST API: a cross-site form post, the test identification, the mailbox check and the hand-back.
import { randomBytes, randomUUID } from "node:crypto";
import { FinnishSSN } from "finnish-ssn";
import { inferMediaType } from "./media-type";
import { getSettings, PENDING_POST_TTL_MS, sandboxNow, type TSandboxContext } from "./sandbox-context";
import {
  BodyTooLargeError,
  isFormContentType,
  readForm,
  sendHtml,
  sendRedirect,
  type TSandboxRequest,
} from "./sandbox-http";
import { postFlowTexts } from "./post-flow-texts";
import { pickIdpLanguage, pickLanguage, type TLanguage } from "./sandbox-layout";
import { inTransaction, insertAttachment, insertEvent, insertMessage } from "./sandbox-message-store";
import {
  renderConfirmationPage,
  renderErrorPage,
  renderIdentificationPage,
  renderPostProblemPage,
} from "./sandbox-pages";
import { DECEASED_PERSON_IDS, findTestMandate } from "./test-persons";
import { isRegisteredReturnUrl, returnUrlWithOutcome, validatePostForm } from "./validate-post-form";

type TPendingPost = {
  id: string;
  service_id: string;
  title: string;
  body: string;
  return_url: string | null;
  language: string | null;
  reference: string | null;
  attachment_ids: string[];
};

export async function handlePostSubmission(
  context: TSandboxContext,
  { req, res }: TSandboxRequest,
): Promise<void> {
  const settings = await getSettings(context);
  const profile = settings.postProfile;
  if (!isFormContentType(req)) {
    req.resume();
    return sendHtml(
      res,
      415,
      renderErrorPage({
        language: "fi",
        title: "Virheellinen pyyntö / Bad request",
        message: "Expected a form post.",
      }),
    );
  }
  let form: FormData;
  try {
    form = await readForm(req, context.maxBodyBytes);
  } catch (error) {
    const problem =
      error instanceof BodyTooLargeError
        ? {
            kind: "attachments-too-large" as const,
            limit: profile.limits.maxAttachmentBytesTotal,
            total: Number(req.headers["content-length"]) || error.limit,
          }
        : undefined;
    if (problem) return sendHtml(res, 413, renderPostProblemPage(problem, "fi"));
    return sendHtml(
      res,
      400,
      renderErrorPage({
        language: "fi",
        title: "Virheellinen pyyntö / Bad request",
        message: "Malformed form body.",
      }),
    );
  }
  const result = validatePostForm(profile, form);
  if (!result.isValid)
    return sendHtml(res, 400, renderPostProblemPage(result.problem, pickLanguage(result.language)));
  const { values, files } = result.post;
  const language = pickIdpLanguage(values.language);
  if (values.returnUrl && !isRegisteredReturnUrl(values.returnUrl, context.returnUrlPrefixes)) {
    const returnField = profile.fields.find((field) => field.purpose === "returnUrl")!.name;
    return sendHtml(
      res,
      400,
      renderPostProblemPage({ kind: "return-not-registered", field: returnField }, language),
    );
  }
  const serviceField = profile.fields.find((field) => field.purpose === "serviceId")!.name;
  const organisationField = profile.fields.find((field) => field.purpose === "organisationId")!.name;
  const { rows } = await context.pool.query<{ organisation_id: string }>(
    "SELECT organisation_id FROM suomifi_sandbox.services WHERE service_id = $1",
    [values.serviceId],
  );
  if (!rows[0])
    return sendHtml(
      res,
      400,
      renderPostProblemPage({ kind: "unknown-service", field: serviceField }, language),
    );
  if (rows[0].organisation_id !== values.organisationId) {
    return sendHtml(
      res,
      400,
      renderPostProblemPage({ kind: "unknown-organisation", field: organisationField }, language),
    );
  }
  const now = await sandboxNow(context);
  const pendingId = randomBytes(24).toString("base64url");
  await inTransaction(context.pool, async (client) => {
    const attachmentIds: string[] = [];
    for (const file of files) {
      const content = new Uint8Array(await file.arrayBuffer());
      const id = randomUUID();
      const mediaType = inferMediaType(file.name, file.type, content);
      await insertAttachment(client, {
        id,
        username: null,
        filename: file.name || "liite",
        mediaType,
        content,
        createdAt: now,
      });
      attachmentIds.push(id);
    }
    await client.query(
      `INSERT INTO suomifi_sandbox.pending_posts
         (id, service_id, title, body, return_url, language, reference, attachment_ids, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        pendingId,
        values.serviceId,
        values.title ?? "",
        values.body ?? "",
        values.returnUrl ?? null,
        language,
        values.reference ?? null,
        attachmentIds,
        new Date(now.getTime() + PENDING_POST_TTL_MS),
      ],
    );
  });
  sendRedirect(res, `/identify/${pendingId}`);
}

async function loadPending(context: TSandboxContext, id: string): Promise<TPendingPost | undefined> {
  const now = await sandboxNow(context);
  const { rows } = await context.pool.query<TPendingPost>(
    `SELECT id, service_id, title, body, return_url, language, reference, attachment_ids::text[] AS attachment_ids
     FROM suomifi_sandbox.pending_posts WHERE id = $1 AND expires_at > $2`,
    [id, now],
  );
  return rows[0];
}

function sendExpired(request: TSandboxRequest, language: TLanguage) {
  sendHtml(
    request.res,
    410,
    renderErrorPage({
      language,
      title: postFlowTexts(language).expiredTitle,
      message: postFlowTexts(language).expiredBody,
    }),
  );
}

export async function handleIdentificationPage(
  context: TSandboxContext,
  request: TSandboxRequest,
): Promise<void> {
  const pending = await loadPending(context, request.params.pendingId ?? "");
  if (!pending) return sendExpired(request, pickIdpLanguage(request.url.searchParams.get("lang")));
  sendHtml(
    request.res,
    200,
    renderIdentificationPage({ language: pickIdpLanguage(pending.language), pendingId: pending.id }),
  );
}

async function discardPending(context: TSandboxContext, pending: TPendingPost) {
  await inTransaction(context.pool, async (client) => {
    await client.query("DELETE FROM suomifi_sandbox.pending_posts WHERE id = $1", [pending.id]);
    await client.query("DELETE FROM suomifi_sandbox.attachments WHERE id = ANY($1::uuid[])", [
      pending.attachment_ids,
    ]);
  });
}

export async function handleIdentificationChoice(
  context: TSandboxContext,
  request: TSandboxRequest,
): Promise<void> {
  const pending = await loadPending(context, request.params.pendingId ?? "");
  let form: FormData;
  try {
    form = await readForm(request.req, 64 * 1024);
  } catch {
    form = new FormData();
  }
  if (!pending) return sendExpired(request, "fi");
  const { postProfile: profile } = await getSettings(context);
  const language = pickIdpLanguage(pending.language);
  const t = postFlowTexts(language);
  const backUrl = (outcome: "cancelled" | "failed") =>
    pending.return_url ? returnUrlWithOutcome(profile, pending.return_url, outcome) : undefined;

  if (form.get("action") === "cancel") {
    await discardPending(context, pending);
    const url = backUrl("cancelled");
    if (url) return sendRedirect(request.res, url);
    return sendHtml(
      request.res,
      200,
      renderErrorPage({
        language,
        title: t.cancelledTitle,
        message: t.cancelledBody,
      }),
    );
  }
  const custom = String(form.get("customHetu") ?? "")
    .trim()
    .toUpperCase();
  const personId = custom || String(form.get("hetu") ?? "");
  if (!FinnishSSN.validate(personId)) {
    return sendHtml(
      request.res,
      400,
      renderIdentificationPage({
        language,
        pendingId: pending.id,
        error: t.invalidCode,
      }),
    );
  }
  if (DECEASED_PERSON_IDS.has(personId)) {
    return sendHtml(
      request.res,
      403,
      renderErrorPage({
        language,
        title: t.failedTitle,
        message: t.failedBody,
        backUrl: backUrl("failed"),
      }),
    );
  }
  // Acting for someone else (Valtuudet emulated): only with a test mandate; the message goes to their mailbox.
  const principalId = String(form.get("onBehalfOf") ?? "").trim();
  if (principalId && !findTestMandate(personId, principalId)) {
    return sendHtml(
      request.res,
      403,
      renderErrorPage({
        language,
        title: t.noMandateTitle,
        message: t.noMandateBody,
        backUrl: backUrl("failed"),
      }),
    );
  }
  const mailboxOwnerId = principalId || personId;
  // A typed code not in the registry gets an active mailbox, so any valid test code can be used.
  await context.pool.query(
    "INSERT INTO suomifi_sandbox.mailboxes (id, name, is_active, note) VALUES ($1, $2, true, 'typed in') ON CONFLICT (id) DO NOTHING",
    [personId, `Testihenkilö ${personId.slice(0, 6)}`],
  );
  const { rows } = await context.pool.query<{ is_active: boolean }>(
    "SELECT is_active FROM suomifi_sandbox.mailboxes WHERE id = $1",
    [mailboxOwnerId],
  );
  if (!rows[0]?.is_active) {
    return sendHtml(
      request.res,
      403,
      renderErrorPage({
        language,
        title: t.noMailboxTitle,
        message: t.noMailboxBody,
        backUrl: backUrl("failed"),
      }),
    );
  }
  const messageId = await inTransaction(context.pool, async (client) => {
    const deleted = await client.query(
      "DELETE FROM suomifi_sandbox.pending_posts WHERE id = $1 RETURNING id",
      [pending.id],
    );
    if (deleted.rowCount === 0) return undefined; // a double submit already consumed it
    const now = await sandboxNow(context, client);
    const id = await insertMessage(client, {
      direction: "from_citizen",
      channel: "electronic",
      serviceId: pending.service_id,
      personId: mailboxOwnerId,
      agentId: principalId ? personId : undefined,
      title: pending.title,
      body: pending.body,
      postId: pending.id,
      reference: pending.reference ?? undefined,
      attachmentIds: pending.attachment_ids,
      createdAt: now,
    });
    await insertEvent(client, {
      serviceId: pending.service_id,
      type: "Electronic message from end user",
      time: now,
      messageId: id,
    });
    return id;
  });
  if (messageId === undefined) return sendExpired(request, language);
  if (pending.return_url)
    return sendRedirect(request.res, returnUrlWithOutcome(profile, pending.return_url, "completed"));
  sendHtml(request.res, 200, renderConfirmationPage({ language, messageId }));
}
