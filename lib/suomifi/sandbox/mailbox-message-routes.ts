// One received message in the mailbox view: opening it (GET) tells the sender it was read; a verifiable
// message first asks the person to confirm receipt (POST /mailbox/confirm), and shows only its title until then.
import { html } from "./html";
import { actOnSentMessage } from "./recipient-actions";
import type { TSandboxContext } from "./sandbox-context";
import { readForm, sendHtml, sendRedirect, type TSandboxRequest } from "./sandbox-http";
import { pickLanguage, renderPage, type TLanguage } from "./sandbox-layout";
import { renderErrorPage } from "./sandbox-pages";

const messageUrl = (id: string | number, personId: string, language: TLanguage) =>
  `/mailbox/messages/${id}?person=${encodeURIComponent(personId)}&lang=${language}`;

/** The confirm step of a verifiable message: its title and one button. */
export function renderConfirmForm(input: {
  language: TLanguage;
  personId: string;
  messageId: string;
  title: string;
}) {
  const isEn = input.language === "en";
  return html`<form method="post" action="/mailbox/confirm">
    <input type="hidden" name="person" value="${input.personId}" />
    <input type="hidden" name="messageId" value="${input.messageId}" />
    <input type="hidden" name="lang" value="${input.language}" />
    <p class="hint">
      ${
        isEn
          ? "This message requires you to confirm its receipt. The sender sees that you have received it."
          : "Tämä viesti on vastaanotettava. Lähettäjä näkee, että olet vastaanottanut viestin."
      }
    </p>
    <p>
      <button type="submit" aria-describedby="m${input.messageId}">
        ${isEn ? "Confirm receipt and open" : "Vastaanota ja avaa viesti"}
      </button>
    </p>
  </form>`;
}

export async function handleMailboxMessage(
  context: TSandboxContext,
  request: TSandboxRequest,
): Promise<void> {
  const language = pickLanguage(request.url.searchParams.get("lang"));
  const isEn = language === "en";
  const personId = request.url.searchParams.get("person") ?? "";
  const messageId = Number(request.params.messageId);
  const outcome = Number.isSafeInteger(messageId)
    ? await actOnSentMessage(context, { messageId, personId, action: "read" })
    : "not-found";
  if (outcome === "not-found") {
    return sendHtml(
      request.res,
      404,
      renderErrorPage({
        language,
        title: isEn ? "Message not found" : "Viestiä ei löydy",
        message: String(request.params.messageId),
      }),
    );
  }
  const { rows } = await context.pool.query<{
    title: string;
    body: string;
    created_at: Date;
    service_name: string | null;
    receipt_confirmed_at: Date | null;
  }>(
    `SELECT m.title, m.body, m.created_at, s.name AS service_name, m.receipt_confirmed_at
     FROM suomifi_sandbox.messages m LEFT JOIN suomifi_sandbox.services s ON s.service_id = m.service_id
     WHERE m.id = $1`,
    [messageId],
  );
  const message = rows[0]!;
  const back = html`<p>
    <a href="/mailbox?person=${encodeURIComponent(personId)}&lang=${language}"
      >${isEn ? "Back to messages" : "Takaisin viesteihin"}</a
    >
  </p>`;
  const body =
    outcome === "must-confirm"
      ? renderConfirmForm({ language, personId, messageId: String(messageId), title: message.title })
      : html`${
            message.receipt_confirmed_at
              ? html`<p role="status">
                  ${isEn ? "Receipt confirmed" : "Vastaanotettu"}
                  ${message.receipt_confirmed_at.toISOString()}
                </p>`
              : ""
          }
          <pre style="white-space:pre-wrap;font-family:inherit">${message.body}</pre>`;
  sendHtml(
    request.res,
    200,
    renderPage({
      language,
      title: message.title,
      body: html`<h1 id="m${messageId}">${message.title}</h1>
        <p class="hint">${message.service_name ?? ""} · ${message.created_at.toISOString()}</p>
        ${body} ${back}`,
    }),
  );
}

export async function handleMailboxConfirm(
  context: TSandboxContext,
  request: TSandboxRequest,
): Promise<void> {
  const form = await readForm(request.req, 64 * 1024);
  const personId = String(form.get("person") ?? "");
  const language = pickLanguage(String(form.get("lang") ?? ""));
  const messageId = Number(form.get("messageId"));
  if (Number.isSafeInteger(messageId))
    await actOnSentMessage(context, { messageId, personId, action: "confirm" });
  sendRedirect(request.res, messageUrl(messageId, personId, language));
}
