// Writing in the mailbox view: the reply and new-message forms, and their POST handlers (plain HTML forms).
import { html, type SafeHtml } from "./html";
import type { TSandboxContext } from "./sandbox-context";
import { BodyTooLargeError, readForm, sendRedirect, type TSandboxRequest } from "./sandbox-http";
import type { TLanguage } from "./sandbox-layout";
import {
  CITIZEN_MESSAGE_LIMITS,
  CitizenMessageError,
  sendCitizenMessage,
  type TCitizenMessageProblem,
} from "./send-citizen-message";

const PROBLEMS: Record<TCitizenMessageProblem, { fi: string; en: string }> = {
  "title-missing": { fi: "Kirjoita viestille otsikko.", en: "Write a subject." },
  "title-too-long": {
    fi: "Otsikko on liian pitkä (enintään 256 merkkiä).",
    en: "The subject is too long (256 characters at most).",
  },
  "body-missing": { fi: "Kirjoita viesti.", en: "Write the message." },
  "body-too-long": {
    fi: `Viesti on liian pitkä (enintään ${CITIZEN_MESSAGE_LIMITS.maxBodyChars} merkkiä).`,
    en: `The message is too long (${CITIZEN_MESSAGE_LIMITS.maxBodyChars} characters at most).`,
  },
  "attachments-too-large": {
    fi: "Liitteet ovat yhteensä liian suuret (enintään 10 Mt).",
    en: "The attachments are too large in total (10 MB at most).",
  },
  "reply-not-allowed": { fi: "Tähän viestiin ei voi vastata.", en: "This message does not allow replies." },
  "reply-target-missing": { fi: "Viestiä ei löydy.", en: "The message was not found." },
  "service-does-not-accept-new-messages": {
    fi: "Tämä palvelu ei ota vastaan uusia viestejä.",
    en: "This service does not accept new messages.",
  },
  "mailbox-not-in-use": {
    fi: "Testihenkilöllä ei ole Viestit käytössä.",
    en: "The test person has no Messages.",
  },
};

const isProblem = (value: string | null): value is TCitizenMessageProblem =>
  value !== null && Object.hasOwn(PROBLEMS, value);

/** The outcome of the last send, carried in the redirect (a code or a message id, never a text). */
export function renderComposeNotice(language: TLanguage, params: URLSearchParams): SafeHtml | string {
  const lang = language === "en" ? "en" : "fi";
  const problem = params.get("problem");
  if (isProblem(problem))
    return html`<div class="error" role="alert"><p>${PROBLEMS[problem][lang]}</p></div>`;
  const sent = params.get("sent");
  if (sent && /^\d+$/.test(sent))
    return html`<p role="status">${lang === "en" ? "Message sent" : "Viesti lähetetty"} (${sent}).</p>`;
  return "";
}

function fields(language: TLanguage, prefix: string, options: { title?: string }): SafeHtml {
  const isEn = language === "en";
  return html`${
      options.title === undefined
        ? html`<label for="${prefix}-title">${isEn ? "Subject" : "Otsikko"}</label>
            <input type="text" id="${prefix}-title" name="title" maxlength="256" required />`
        : html`<input type="hidden" name="title" value="${options.title}" />`
    }
    <label for="${prefix}-body">${isEn ? "Message" : "Viesti"}</label>
    <textarea
      id="${prefix}-body"
      name="body"
      rows="5"
      maxlength="${CITIZEN_MESSAGE_LIMITS.maxBodyChars}"
      required
      style="width:100%;font-size:18px"
    ></textarea>
    <p class="hint" id="${prefix}-limits">
      ${isEn ? "At most 4000 characters; attachments 10 MB in total." : "Enintään 4000 merkkiä; liitteet yhteensä enintään 10 Mt."}
    </p>
    <label for="${prefix}-files">${isEn ? "Attachments" : "Liitteet"}</label>
    <input
      type="file"
      id="${prefix}-files"
      name="attachments"
      multiple
      aria-describedby="${prefix}-limits"
    />`;
}

export function renderReplyForm(input: {
  language: TLanguage;
  personId: string;
  messageId: string;
  title: string;
}): SafeHtml {
  const isEn = input.language === "en";
  const prefix = `reply-${input.messageId}`;
  return html`<details>
    <summary>${isEn ? "Reply" : "Vastaa"}</summary>
    <form method="post" action="/mailbox/reply" enctype="multipart/form-data">
      <input type="hidden" name="person" value="${input.personId}" />
      <input type="hidden" name="lang" value="${input.language}" />
      <input type="hidden" name="messageId" value="${input.messageId}" />
      ${fields(input.language, prefix, { title: input.title.startsWith("Re: ") ? input.title : `Re: ${input.title}`.slice(0, 256) })}
      <p><button type="submit">${isEn ? "Send reply" : "Lähetä vastaus"}</button></p>
    </form>
  </details>`;
}

export function renderNewMessageForm(input: {
  language: TLanguage;
  personId: string;
  services: { service_id: string; name: string }[];
}): SafeHtml {
  const isEn = input.language === "en";
  if (input.services.length === 0) return html``;
  return html`<section aria-labelledby="new-message-title">
    <h2 id="new-message-title">${isEn ? "New message" : "Uusi viesti"}</h2>
    <form method="post" action="/mailbox/new" enctype="multipart/form-data">
      <input type="hidden" name="person" value="${input.personId}" />
      <input type="hidden" name="lang" value="${input.language}" />
      <label for="new-service">${isEn ? "Service" : "Palvelu"}</label>
      <select id="new-service" name="serviceId">
        ${input.services.map((service) => html`<option value="${service.service_id}">${service.name}</option>`)}
      </select>
      ${fields(input.language, "new", {})}
      <p><button type="submit">${isEn ? "Send" : "Lähetä"}</button></p>
    </form>
  </section>`;
}

async function readFiles(form: FormData) {
  const files = [];
  for (const entry of form.getAll("attachments")) {
    if (typeof entry === "string" || entry.size === 0) continue;
    files.push({
      filename: entry.name || "liite",
      mediaType: entry.type,
      content: new Uint8Array(await entry.arrayBuffer()),
    });
  }
  return files;
}

async function handleCompose(context: TSandboxContext, request: TSandboxRequest, kind: "reply" | "new") {
  let form: FormData;
  try {
    form = await readForm(request.req, context.maxBodyBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return sendRedirect(request.res, `/mailbox?problem=attachments-too-large`);
  }
  const personId = String(form.get("person") ?? "");
  const language = form.get("lang") === "en" ? "en" : "fi";
  const back = (extra: string) => `/mailbox?person=${encodeURIComponent(personId)}&lang=${language}&${extra}`;
  try {
    const common = {
      personId,
      title: String(form.get("title") ?? ""),
      body: String(form.get("body") ?? ""),
      attachments: await readFiles(form),
    };
    const id = await sendCitizenMessage(
      context,
      kind === "reply"
        ? { ...common, kind, inReplyToMessageId: Number(form.get("messageId")) }
        : { ...common, kind, serviceId: String(form.get("serviceId") ?? "") },
    );
    sendRedirect(request.res, back(`sent=${id}`));
  } catch (error) {
    if (!(error instanceof CitizenMessageError)) throw error;
    sendRedirect(request.res, back(`problem=${error.problem}`));
  }
}

export const handleMailboxReply = (context: TSandboxContext, request: TSandboxRequest) =>
  handleCompose(context, request, "reply");
export const handleMailboxNewMessage = (context: TSandboxContext, request: TSandboxRequest) =>
  handleCompose(context, request, "new");
