// Pages of the POST API flow: identification, error pages and the confirmation.
import type { TPostProblem } from "./validate-post-form";
import { html, type SafeHtml } from "./html";
import { renderPage, type TLanguage } from "./sandbox-layout";
import { TEST_PERSONS, TEST_PRINCIPALS } from "./test-persons";

function describeProblem(problem: TPostProblem, language: TLanguage): string {
  const isEn = language === "en";
  switch (problem.kind) {
    case "missing":
      return isEn
        ? `Required field ${problem.field} is missing.`
        : `Pakollinen kenttä ${problem.field} puuttuu.`;
    case "too-long":
      return isEn
        ? `Field ${problem.field} is longer than ${problem.limit} characters.`
        : `Kenttä ${problem.field} on pidempi kuin ${problem.limit} merkkiä.`;
    case "invalid":
      return isEn
        ? `Field ${problem.field} has an invalid value.`
        : `Kentän ${problem.field} arvo on virheellinen.`;
    case "text-too-long":
      return isEn
        ? `The message text (${problem.field}) has ${problem.length} characters; at most ${problem.limit} are allowed.`
        : `Viestin teksti (${problem.field}) on ${problem.length} merkkiä; enintään ${problem.limit} merkkiä on sallittu.`;
    case "attachments-too-large":
      return isEn
        ? `The attachments total ${problem.total} bytes; at most ${problem.limit} bytes (10 MB) are allowed.`
        : `Liitteiden koko yhteensä on ${problem.total} tavua; enintään ${problem.limit} tavua (10 Mt) on sallittu.`;
    case "file-type":
      return isEn
        ? `The file type of ${problem.filename} is not allowed.`
        : `Tiedoston ${problem.filename} tyyppi ei ole sallittu.`;
    case "files-not-allowed":
      return isEn ? "This service does not accept attachments." : "Tämä palvelu ei ota vastaan liitteitä.";
    case "unknown-service":
      return isEn
        ? `Unknown service in field ${problem.field}.`
        : `Tuntematon palvelu kentässä ${problem.field}.`;
    case "return-not-registered":
      return isEn
        ? `The return address in field ${problem.field} is not registered for this service.`
        : `Kentän ${problem.field} paluuosoitetta ei ole rekisteröity tälle palvelulle.`;
    case "unknown-organisation":
      return isEn
        ? `The organisation in field ${problem.field} does not own this service.`
        : `Kentän ${problem.field} organisaatio ei omista tätä palvelua.`;
  }
}

export function renderErrorPage(options: {
  language: TLanguage;
  title: string;
  message: string;
  backUrl?: string;
}): SafeHtml {
  const back = options.language === "en" ? "Return to the service" : "Palaa asiointipalveluun";
  return renderPage({
    language: options.language,
    title: options.title,
    body: html`<h1>${options.title}</h1>
      <div class="error" role="alert"><p>${options.message}</p></div>
      ${options.backUrl ? html`<p><a class="button" href="${options.backUrl}">${back}</a></p>` : ""}`,
  });
}

export function renderPostProblemPage(problem: TPostProblem, language: TLanguage): SafeHtml {
  return renderErrorPage({
    language,
    title: language === "en" ? "The message could not be sent" : "Viestiä ei voitu lähettää",
    message: describeProblem(problem, language),
  });
}

export function renderIdentificationPage(options: {
  language: TLanguage;
  pendingId: string;
  error?: string;
}): SafeHtml {
  const isEn = options.language === "en";
  const action = `/identify/${encodeURIComponent(options.pendingId)}`;
  const persons = TEST_PERSONS.map(
    (person, index) =>
      html`<label
        ><input type="radio" name="hetu" value="${person.id}" ${index === 0 ? html` checked` : ""} />
        ${person.id} ${person.name} <span class="hint">(${person.note})</span></label
      >`,
  );
  const principals = TEST_PRINCIPALS.map(
    (principal) =>
      html`<label
        ><input type="radio" name="onBehalfOf" value="${principal.id}" />
        ${isEn ? "For" : "Puolesta:"} ${principal.name} (${principal.id})
        <span class="hint">(${principal.note})</span></label
      >`,
  );
  return renderPage({
    language: options.language,
    title: isEn ? "Test identification" : "Testitunnistaja",
    body: html`<h1>${isEn ? "Test identification" : "Testitunnistaja"}</h1>
      <p>
        ${
          isEn
            ? "Identify yourself to send the form to Suomi.fi Messages. Choose a test person or type a test personal identity code."
            : "Tunnistaudu lähettääksesi lomakkeen Suomi.fi-viesteihin. Valitse testihenkilö tai kirjoita testihenkilötunnus."
        }
      </p>
      ${options.error ? html`<div class="error" role="alert"><p>${options.error}</p></div>` : ""}
      <form method="post" action="${action}">
        <fieldset>
          <legend>${isEn ? "Test persons" : "Testihenkilöt"}</legend>
          ${persons}
        </fieldset>
        <fieldset>
          <legend>${isEn ? "Acting for (test mandates)" : "Asiointi (testivaltuudet)"}</legend>
          <label
            ><input type="radio" name="onBehalfOf" value="" checked />
            ${isEn ? "For myself" : "Omana itsenäni"}</label
          >
          ${principals}
        </fieldset>
        <p>
          <label for="custom-hetu"
            >${isEn ? "Or type a personal identity code" : "Tai kirjoita henkilötunnus"}</label
          >
          <input
            type="text"
            id="custom-hetu"
            name="customHetu"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="custom-hetu-hint"
          />
          <span class="hint" id="custom-hetu-hint">${isEn ? "e.g. 010280-952L" : "esim. 010280-952L"}</span>
        </p>
        <button type="submit" name="action" value="identify">${isEn ? "Continue" : "Jatka"}</button>
        <button type="submit" name="action" value="cancel" class="secondary">
          ${isEn ? "Cancel" : "Keskeytä"}
        </button>
      </form>`,
  });
}

export function renderConfirmationPage(options: { language: TLanguage; messageId: number }): SafeHtml {
  const isEn = options.language === "en";
  return renderPage({
    language: options.language,
    title: isEn ? "Message sent" : "Viesti lähetetty",
    body: html`<h1>${isEn ? "Message sent" : "Viesti lähetetty"}</h1>
      <p>
        ${isEn ? "Your form was saved in your Suomi.fi Messages." : "Lomakkeesi tallennettiin Suomi.fi-viesteihisi."}
        (${isEn ? "message" : "viesti"} ${options.messageId})
      </p>
      <p><a href="/mailbox">${isEn ? "Open the mailbox" : "Avaa viestit"}</a></p>`,
  });
}
