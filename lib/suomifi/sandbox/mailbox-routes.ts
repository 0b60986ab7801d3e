// The citizen's mailbox view: choose a test person, see the forms they sent and the messages they received,
// reply where replies are allowed and write a new message to a service that accepts them.
import { html } from "./html";
import type { TSandboxContext } from "./sandbox-context";
import { sendHtml, type TSandboxRequest } from "./sandbox-http";
import { pickLanguage, renderPage } from "./sandbox-layout";
import { renderComposeNotice, renderNewMessageForm, renderReplyForm } from "./mailbox-compose";
import { renderConfirmForm } from "./mailbox-message-routes";

type TMailboxMessage = {
  id: string;
  direction: string;
  channel: string;
  title: string;
  body: string;
  created_at: Date;
  service_name: string | null;
  attachments: { id: string; filename: string; size_bytes: number }[] | null;
  reply_allowed_by: string | null;
  in_reply_to: string | null;
  is_verifiable: boolean;
  receipt_confirmed_at: Date | null;
};

export async function handleMailbox(context: TSandboxContext, request: TSandboxRequest): Promise<void> {
  const language = pickLanguage(request.url.searchParams.get("lang"));
  const isEn = language === "en";
  const personId = request.url.searchParams.get("person") ?? "";
  const people = await context.pool.query<{ id: string; name: string; is_active: boolean }>(
    "SELECT id, name, is_active FROM suomifi_sandbox.mailboxes ORDER BY name",
  );
  const picker = html`<form method="get" action="/mailbox">
    <p>
      <label for="person">${isEn ? "Test person" : "Testihenkilö"}</label>
      <select id="person" name="person">
        ${people.rows.map(
          (person) =>
            html`<option value="${person.id}" ${person.id === personId ? html` selected` : ""}>
              ${person.id} ${person.name}${person.is_active ? "" : isEn ? " (no Messages)" : " (ei Viestejä)"}
            </option>`,
        )}
      </select>
      <input type="hidden" name="lang" value="${language}" />
      <button type="submit">${isEn ? "Open" : "Avaa"}</button>
    </p>
  </form>`;
  const owner = people.rows.find((person) => person.id === personId);
  if (!owner) {
    return sendHtml(
      request.res,
      200,
      renderPage({
        language,
        title: isEn ? "Messages" : "Viestit",
        body: html`<h1>${isEn ? "Messages" : "Viestit"}</h1>
          ${picker}`,
      }),
    );
  }
  const services = await context.pool.query<{ service_id: string; name: string }>(
    "SELECT service_id, name FROM suomifi_sandbox.services WHERE accepts_new_messages ORDER BY name",
  );
  const { rows } = await context.pool.query<TMailboxMessage>(
    `SELECT m.id, m.direction, m.channel, m.title, m.body, m.created_at, s.name AS service_name,
       m.request #>> '{electronic,replyAllowedBy}' AS reply_allowed_by, m.in_reply_to::text AS in_reply_to,
       coalesce(m.request #>> '{electronic,messageServiceType}', '') = 'Verifiable' AS is_verifiable,
       m.receipt_confirmed_at,
       (SELECT json_agg(json_build_object('id', a.id, 'filename', a.filename, 'size_bytes', a.size_bytes) ORDER BY ma.position)
        FROM suomifi_sandbox.message_attachments ma JOIN suomifi_sandbox.attachments a ON a.id = ma.attachment_id
        WHERE ma.message_id = m.id) AS attachments
     FROM suomifi_sandbox.messages m LEFT JOIN suomifi_sandbox.services s ON s.service_id = m.service_id
     WHERE m.person_id = $1 AND (m.direction = 'from_citizen' OR m.channel = 'electronic')
     ORDER BY m.created_at DESC, m.id DESC LIMIT 200`,
    [personId],
  );
  const section = (title: string, direction: string) => {
    const messages = rows.filter((row) => row.direction === direction);
    return html`<section>
      <h2>${title}</h2>
      ${messages.length === 0 ? html`<p>${isEn ? "No messages." : "Ei viestejä."}</p>` : ""}
      ${messages.map((message) =>
        // A verifiable message shows only its title until the person confirms its receipt.
        message.is_verifiable && !message.receipt_confirmed_at
          ? html`<article aria-labelledby="m${message.id}" data-verifiable="unconfirmed">
              <h3 id="m${message.id}">${message.title}</h3>
              <p class="hint">
                ${message.service_name ?? ""} · ${message.created_at.toISOString()} ·
                ${isEn ? "message" : "viesti"} ${message.id}
              </p>
              ${renderConfirmForm({ language, personId, messageId: message.id, title: message.title })}
            </article>`
          : html`<article aria-labelledby="m${message.id}">
              <h3 id="m${message.id}">${message.title}</h3>
              <p class="hint">
                ${message.service_name ?? ""} · ${message.created_at.toISOString()} ·
                ${isEn ? "message" : "viesti"} ${message.id}
                ${message.in_reply_to ? html` · ${isEn ? "reply to" : "vastaus viestiin"} ${message.in_reply_to}` : ""}
                ${message.receipt_confirmed_at ? html` · ${isEn ? "receipt confirmed" : "vastaanotettu"}` : ""}
              </p>
              ${
                direction === "to_citizen"
                  ? html`<p>
                      <a
                        href="/mailbox/messages/${message.id}?person=${encodeURIComponent(personId)}&lang=${language}"
                        >${isEn ? "Open message" : "Avaa viesti"}<span class="visually-hidden"
                          >: ${message.title}</span
                        ></a
                      >
                    </p>`
                  : ""
              }
              <pre style="white-space:pre-wrap;font-family:inherit">${message.body}</pre>
              ${
                (message.attachments ?? []).length > 0
                  ? html`<ul>
                      ${(message.attachments ?? []).map((attachment) => html`<li><a href="/mailbox/attachments/${attachment.id}?person=${encodeURIComponent(personId)}">${attachment.filename}</a> (${attachment.size_bytes} B)</li>`)}
                    </ul>`
                  : ""
              }
              ${
                direction === "to_citizen" && message.channel === "electronic"
                  ? message.reply_allowed_by === "Anyone"
                    ? renderReplyForm({ language, personId, messageId: message.id, title: message.title })
                    : html`<p class="hint">
                        ${isEn ? "Replies are not allowed." : "Viestiin ei voi vastata."}
                      </p>`
                  : ""
              }
            </article>`,
      )}
    </section>`;
  };
  sendHtml(
    request.res,
    200,
    renderPage({
      language,
      title: isEn ? "Messages" : "Viestit",
      body: html`<h1>${isEn ? "Messages" : "Viestit"}: ${owner.name}</h1>
        ${picker} ${renderComposeNotice(language, request.url.searchParams)}
        ${section(isEn ? "Received" : "Saapuneet", "to_citizen")}
        ${renderNewMessageForm({ language, personId, services: services.rows })}
        ${section(isEn ? "Sent" : "Lähetetyt", "from_citizen")}`,
    }),
  );
}

export async function handleMailboxAttachment(
  context: TSandboxContext,
  request: TSandboxRequest,
): Promise<void> {
  const personId = request.url.searchParams.get("person") ?? "";
  const { rows } = await context.pool.query<{ filename: string; media_type: string; content: Buffer }>(
    `SELECT a.filename, a.media_type, a.content FROM suomifi_sandbox.attachments a
     WHERE a.id::text = $1 AND EXISTS (SELECT 1 FROM suomifi_sandbox.message_attachments ma
       JOIN suomifi_sandbox.messages m ON m.id = ma.message_id WHERE ma.attachment_id = a.id AND m.person_id = $2
       AND (m.receipt_confirmed_at IS NOT NULL OR coalesce(m.request #>> '{electronic,messageServiceType}', '') <> 'Verifiable'))`,
    [request.params.attachmentId, personId],
  );
  const attachment = rows[0];
  if (!attachment) {
    request.res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    request.res.end("Not found");
    return;
  }
  request.res.writeHead(200, {
    "Content-Type": attachment.media_type,
    "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
    "X-Content-Type-Options": "nosniff",
  });
  request.res.end(attachment.content);
}
