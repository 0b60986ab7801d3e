// The printing and enveloping service's side: every paper letter the sandbox was asked to post (multichannel to
// a person without a mailbox, or paper mail without an id), with its address, events and the printed PDF.
import { html } from "./html";
import type { TSandboxContext } from "./sandbox-context";
import { sendHtml, type TSandboxRequest } from "./sandbox-http";
import { pickLanguage, renderPage } from "./sandbox-layout";

type TAddress = {
  name?: string;
  streetAddress?: string;
  zipCode?: string;
  city?: string;
  countryCode?: string;
};

const addressText = (address: TAddress | null) =>
  address
    ? [
        address.name,
        address.streetAddress,
        `${address.zipCode ?? ""} ${address.city ?? ""}`,
        address.countryCode,
      ]
        .filter(Boolean)
        .join(", ")
    : "—";

export async function handlePaperMail(context: TSandboxContext, request: TSandboxRequest): Promise<void> {
  const language = pickLanguage(request.url.searchParams.get("lang"));
  const isEn = language === "en";
  const { rows } = await context.pool.query<{
    id: string;
    service_name: string | null;
    person_id: string;
    external_id: string | null;
    created_at: Date;
    recipient: TAddress | null;
    sender: TAddress | null;
    attachment: { id: string; filename: string; size_bytes: number } | null;
    events: string[] | null;
  }>(
    `SELECT m.id, s.name AS service_name, m.person_id, m.external_id, m.created_at,
       m.request #> '{paperMail,recipient,address}' AS recipient, m.request #> '{paperMail,sender,address}' AS sender,
       (SELECT json_build_object('id', a.id, 'filename', a.filename, 'size_bytes', a.size_bytes)
        FROM suomifi_sandbox.message_attachments ma JOIN suomifi_sandbox.attachments a ON a.id = ma.attachment_id
        WHERE ma.message_id = m.id ORDER BY ma.position LIMIT 1) AS attachment,
       (SELECT array_agg(e.type ORDER BY e.id) FROM suomifi_sandbox.events e WHERE e.message_id = m.id) AS events
     FROM suomifi_sandbox.messages m LEFT JOIN suomifi_sandbox.services s ON s.service_id = m.service_id
     WHERE m.direction = 'to_citizen' AND m.channel = 'paper'
     ORDER BY m.created_at DESC, m.id DESC LIMIT 200`,
  );
  const title = isEn ? "Paper mail" : "Paperiposti";
  sendHtml(
    request.res,
    200,
    renderPage({
      language,
      title,
      body: html`<h1>${title}</h1>
        <p>
          ${
            isEn
              ? "Letters handed to printing and enveloping. Nothing is posted: this is the sandbox."
              : "Tulostus- ja kuorituspalveluun annetut kirjeet. Mitään ei postiteta: tämä on testiympäristö."
          }
        </p>
        ${
          rows.length === 0
            ? html`<p>${isEn ? "No letters." : "Ei kirjeitä."}</p>`
            : html`<table data-testid="paper-letters">
                <caption class="visually-hidden">
                  ${title}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${isEn ? "Message" : "Viesti"}</th>
                    <th scope="col">${isEn ? "Recipient" : "Vastaanottaja"}</th>
                    <th scope="col">${isEn ? "Sender" : "Lähettäjä"}</th>
                    <th scope="col">${isEn ? "Events" : "Tapahtumat"}</th>
                    <th scope="col">${isEn ? "Letter" : "Kirje"}</th>
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    (row) =>
                      html`<tr>
                        <td>${row.id}<br /><span class="hint">${row.created_at.toISOString()}</span></td>
                        <td>
                          ${row.person_id ? html`${row.person_id}<br />` : ""}${addressText(row.recipient)}
                        </td>
                        <td>${row.service_name ?? ""}<br />${addressText(row.sender)}</td>
                        <td>${(row.events ?? []).join(", ")}</td>
                        <td>
                          ${
                            row.attachment
                              ? html`<a href="/paper-mail/${row.id}/letter">${row.attachment.filename}</a>
                                  (${row.attachment.size_bytes} B)`
                              : "—"
                          }
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
        }
        <p><a href="/">${isEn ? "Sandbox home" : "Testiympäristön etusivu"}</a></p>`,
    }),
  );
}

/** The printed letter itself, shown in the browser as the print service would print it. */
export async function handlePaperLetter(context: TSandboxContext, request: TSandboxRequest): Promise<void> {
  const { rows } = await context.pool.query<{ filename: string; media_type: string; content: Buffer }>(
    `SELECT a.filename, a.media_type, a.content FROM suomifi_sandbox.message_attachments ma
     JOIN suomifi_sandbox.attachments a ON a.id = ma.attachment_id
     JOIN suomifi_sandbox.messages m ON m.id = ma.message_id
     WHERE m.id::text = $1 AND m.channel = 'paper' ORDER BY ma.position LIMIT 1`,
    [request.params.messageId],
  );
  const letter = rows[0];
  if (!letter) {
    request.res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    request.res.end("Not found");
    return;
  }
  request.res.writeHead(200, {
    "Content-Type": letter.media_type,
    "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(letter.filename)}`,
    "X-Content-Type-Options": "nosniff",
  });
  request.res.end(letter.content);
}
