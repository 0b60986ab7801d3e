// Pages of the sandbox IdP in fi/sv/en, shaped like Suomi.fi's test identification: choose a method, then a
// test person or a typed henkilötunnus. Everything works without JavaScript; the POST binding page submits
// itself when scripts run and always shows its button.
import { AUTHN_CONTEXT } from "../../saml-constants";
import { html, type SafeHtml } from "../html";
import { renderPage, type TLanguage } from "../sandbox-layout";
import { IDP_PERSONS } from "./idp-persons";

type TText = Record<TLanguage, string>;
const t = (language: TLanguage, text: TText) => text[language];

export const IDP_METHODS: readonly { authnContext: string; label: TText }[] = [
  {
    authnContext: AUTHN_CONTEXT.testMethod,
    label: { fi: "Testitunnistaja", sv: "Testidentifiering", en: "Test identification" },
  },
  {
    authnContext: AUTHN_CONTEXT.substantial,
    label: {
      fi: "Testipankki (korotettu taso)",
      sv: "Testbank (väsentlig nivå)",
      en: "Test bank (substantial)",
    },
  },
  {
    authnContext: AUTHN_CONTEXT.high,
    label: {
      fi: "Testivarmennekortti (korkea taso)",
      sv: "Testcertifikatkort (hög nivå)",
      en: "Test certificate card (high)",
    },
  },
];

export function renderLoginPage(options: {
  language: TLanguage;
  action: string;
  serviceName: string;
  methods: readonly string[];
  error?: string;
  languageLinks: { language: TLanguage; href: string }[];
}): SafeHtml {
  const { language } = options;
  const methods = IDP_METHODS.filter((method) => options.methods.includes(method.authnContext));
  return renderPage({
    language,
    title: t(language, { fi: "Tunnistaudu", sv: "Identifiera dig", en: "Identify yourself" }),
    body: html`<nav aria-label="${t(language, { fi: "Kieli", sv: "Språk", en: "Language" })}">
        ${options.languageLinks.map(
          (link) =>
            html`<a
              href="${link.href}"
              lang="${link.language}"
              ${link.language === language ? html`aria-current="true"` : ""}
              >${{ fi: "Suomeksi", sv: "På svenska", en: "In English" }[link.language]}</a
            > `,
        )}
      </nav>
      <h1>${t(language, { fi: "Tunnistaudu", sv: "Identifiera dig", en: "Identify yourself" })}</h1>
      <p>
        ${t(language, { fi: "Asiointipalvelu", sv: "E-tjänst", en: "E-service" })}:
        <strong>${options.serviceName}</strong>
      </p>
      ${options.error ? html`<div class="error" role="alert" id="error"><p>${options.error}</p></div>` : ""}
      <form method="post" action="${options.action}">
        <fieldset>
          <legend>
            ${t(language, { fi: "Tunnistustapa", sv: "Identifieringssätt", en: "Identification method" })}
          </legend>
          ${methods.map(
            (method, index) =>
              html`<label
                ><input
                  type="radio"
                  name="method"
                  value="${method.authnContext}"
                  ${index === 0 ? html`checked` : ""}
                />
                ${t(language, method.label)}</label
              >`,
          )}
        </fieldset>
        <fieldset>
          <legend>${t(language, { fi: "Testihenkilö", sv: "Testperson", en: "Test person" })}</legend>
          ${IDP_PERSONS.map(
            (person, index) =>
              html`<label
                ><input
                  type="radio"
                  name="hetu"
                  value="${person.henkilotunnus}"
                  ${index === 0 ? html`checked` : ""}
                />
                ${person.henkilotunnus} ${person.surname} ${person.firstNames}
                <span class="hint">(${t(language, person.note)})</span></label
              >`,
          )}
        </fieldset>
        <p>
          <label for="custom-hetu"
            >${t(language, { fi: "Tai kirjoita henkilötunnus", sv: "Eller skriv en personbeteckning", en: "Or type a personal identity code" })}</label
          >
          <input
            type="text"
            id="custom-hetu"
            name="customHetu"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="custom-hetu-hint"
          />
          <span class="hint" id="custom-hetu-hint"
            >${t(language, { fi: "esim. 010280-952L", sv: "t.ex. 010280-952L", en: "e.g. 010280-952L" })}</span
          >
        </p>
        <button type="submit" name="action" value="identify">
          ${t(language, { fi: "Tunnistaudu", sv: "Identifiera dig", en: "Identify" })}
        </button>
        <button type="submit" name="action" value="cancel" class="secondary">
          ${t(language, { fi: "Keskeytä ja palaa palveluun", sv: "Avbryt och återgå till tjänsten", en: "Cancel and return to the service" })}
        </button>
      </form>`,
  });
}

/** The HTTP-POST binding: a form to the SP with the message, sent by script or by the person's click. */
export function renderPostBindingPage(options: {
  language: TLanguage;
  action: string;
  fields: Record<string, string | undefined>;
  nonce: string;
  heading?: string;
}): SafeHtml {
  const { language } = options;
  const heading =
    options.heading ??
    t(language, {
      fi: "Palataan asiointipalveluun",
      sv: "Återgår till e-tjänsten",
      en: "Returning to the e-service",
    });
  return renderPage({
    language,
    title: heading,
    body: html`<h1>${heading}</h1>
      <form method="post" action="${options.action}" id="saml-post">
        ${Object.entries(options.fields).map(([name, value]) => (value === undefined ? "" : html`<input type="hidden" name="${name}" value="${value}" />`))}
        <p>
          ${t(language, { fi: "Jos palvelu ei avaudu itsestään, valitse Jatka.", sv: "Om tjänsten inte öppnas av sig själv, välj Fortsätt.", en: "If the service does not open by itself, choose Continue." })}
        </p>
        <button type="submit">${t(language, { fi: "Jatka", sv: "Fortsätt", en: "Continue" })}</button>
      </form>
      <script nonce="${options.nonce}">
        document.getElementById("saml-post").submit();
      </script>`,
  });
}

export function renderIdpMessagePage(options: {
  language: TLanguage;
  title: string;
  message: string;
  extra?: SafeHtml;
}): SafeHtml {
  return renderPage({
    language: options.language,
    title: options.title,
    body: html`<h1>${options.title}</h1>
      <p>${options.message}</p>
      ${options.extra ?? ""}`,
  });
}
