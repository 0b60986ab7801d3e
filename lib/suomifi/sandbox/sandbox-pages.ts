// Pages of the POST API flow: identification, error pages and the confirmation.
import type { TPostProblem } from "./validate-post-form";
import { html, type SafeHtml } from "./html";
import { postFlowTexts } from "./post-flow-texts";
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
  const back = postFlowTexts(options.language).returnToService;
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
    title: postFlowTexts(language).problemTitle,
    message: describeProblem(problem, language),
  });
}

export function renderIdentificationPage(options: {
  language: TLanguage;
  pendingId: string;
  error?: string;
}): SafeHtml {
  const t = postFlowTexts(options.language);
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
        ${t.forPrincipal} ${principal.name} (${principal.id})
        <span class="hint">(${principal.note})</span></label
      >`,
  );
  return renderPage({
    language: options.language,
    title: t.identifyTitle,
    body: html`<h1>${t.identifyTitle}</h1>
      <p>${t.identifyIntro}</p>
      ${options.error ? html`<div class="error" role="alert"><p>${options.error}</p></div>` : ""}
      <form method="post" action="${action}">
        <fieldset>
          <legend>${t.testPersons}</legend>
          ${persons}
        </fieldset>
        <fieldset>
          <legend>${t.actingFor}</legend>
          <label><input type="radio" name="onBehalfOf" value="" checked /> ${t.forMyself}</label>
          ${principals}
        </fieldset>
        <p>
          <label for="custom-hetu">${t.typeCode}</label>
          <input
            type="text"
            id="custom-hetu"
            name="customHetu"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="custom-hetu-hint"
          />
          <span class="hint" id="custom-hetu-hint">${t.codeExample}</span>
        </p>
        <button type="submit" name="action" value="identify">${t.continue}</button>
        <button type="submit" name="action" value="cancel" class="secondary">${t.cancel}</button>
      </form>`,
  });
}

export function renderConfirmationPage(options: { language: TLanguage; messageId: number }): SafeHtml {
  const t = postFlowTexts(options.language);
  return renderPage({
    language: options.language,
    title: t.sentTitle,
    body: html`<h1>${t.sentTitle}</h1>
      <p>${t.sentBody} (${t.message} ${options.messageId})</p>
      <p><a href="/mailbox">${t.openMailbox}</a></p>`,
  });
}
