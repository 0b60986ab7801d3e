// The sandbox's POST-flow pages in the three languages Suomi.fi's identification speaks, so a person who filled
// a form in Swedish or English is identified in that language (the form posts its language with the message).
import type { TLanguage } from "./sandbox-layout";

export const POST_FLOW_TEXTS = {
  fi: {
    identifyTitle: "Testitunnistaja",
    identifyIntro:
      "Tunnistaudu lähettääksesi lomakkeen Suomi.fi-viesteihin. Valitse testihenkilö tai kirjoita testihenkilötunnus.",
    testPersons: "Testihenkilöt",
    actingFor: "Asiointi (testivaltuudet)",
    forMyself: "Omana itsenäni",
    forPrincipal: "Puolesta:",
    typeCode: "Tai kirjoita henkilötunnus",
    codeExample: "esim. 010280-952L",
    continue: "Jatka",
    cancel: "Keskeytä",
    returnToService: "Palaa asiointipalveluun",
    cancelledTitle: "Keskeytetty",
    cancelledBody: "Viestiä ei lähetetty.",
    invalidCode: "Henkilötunnus ei ole kelvollinen.",
    failedTitle: "Tunnistus epäonnistui",
    failedBody: "Henkilöä ei voitu tunnistaa.",
    noMandateTitle: "Ei valtuutta",
    noMandateBody:
      "Sinulla ei ole valtuutta asioida valitun henkilön tai yrityksen puolesta. Valitse asiointi omana itsenäsi tai pyydä valtuutta Suomi.fi-palvelussa.",
    noMailboxTitle: "Suomi.fi-viestit ei ole käytössä",
    noMailboxBody:
      "Et voi lähettää viestiä, koska et ole ottanut Suomi.fi-viestejä käyttöön. Ota Viestit käyttöön Suomi.fi-palvelussa ja lähetä lomake uudelleen.",
    expiredTitle: "Istunto on vanhentunut",
    expiredBody: "Lähetä lomake uudelleen asiointipalvelusta.",
    problemTitle: "Viestiä ei voitu lähettää",
    sentTitle: "Viesti lähetetty",
    sentBody: "Lomakkeesi tallennettiin Suomi.fi-viesteihisi.",
    message: "viesti",
    openMailbox: "Avaa viestit",
  },
  sv: {
    identifyTitle: "Testidentifiering",
    identifyIntro:
      "Identifiera dig för att skicka blanketten till Suomi.fi-meddelanden. Välj en testperson eller skriv en testpersonbeteckning.",
    testPersons: "Testpersoner",
    actingFor: "Uträttande av ärenden (testfullmakter)",
    forMyself: "För egen del",
    forPrincipal: "För:",
    typeCode: "Eller skriv en personbeteckning",
    codeExample: "t.ex. 010280-952L",
    continue: "Fortsätt",
    cancel: "Avbryt",
    returnToService: "Tillbaka till e-tjänsten",
    cancelledTitle: "Avbrutet",
    cancelledBody: "Meddelandet skickades inte.",
    invalidCode: "Personbeteckningen är inte giltig.",
    failedTitle: "Identifieringen misslyckades",
    failedBody: "Personen kunde inte identifieras.",
    noMandateTitle: "Ingen fullmakt",
    noMandateBody:
      "Du har ingen fullmakt att uträtta ärenden för den valda personen eller det valda företaget. Välj att uträtta ärenden för egen del eller be om en fullmakt i Suomi.fi.",
    noMailboxTitle: "Suomi.fi-meddelanden används inte",
    noMailboxBody:
      "Du kan inte skicka meddelandet eftersom du inte har tagit Suomi.fi-meddelanden i bruk. Ta Meddelanden i bruk i Suomi.fi och skicka blanketten på nytt.",
    expiredTitle: "Sessionen har gått ut",
    expiredBody: "Skicka blanketten på nytt från e-tjänsten.",
    problemTitle: "Meddelandet kunde inte skickas",
    sentTitle: "Meddelandet har skickats",
    sentBody: "Din blankett sparades i dina Suomi.fi-meddelanden.",
    message: "meddelande",
    openMailbox: "Öppna meddelandena",
  },
  en: {
    identifyTitle: "Test identification",
    identifyIntro:
      "Identify yourself to send the form to Suomi.fi Messages. Choose a test person or type a test personal identity code.",
    testPersons: "Test persons",
    actingFor: "Acting for (test mandates)",
    forMyself: "For myself",
    forPrincipal: "For",
    typeCode: "Or type a personal identity code",
    codeExample: "e.g. 010280-952L",
    continue: "Continue",
    cancel: "Cancel",
    returnToService: "Return to the service",
    cancelledTitle: "Cancelled",
    cancelledBody: "The message was not sent.",
    invalidCode: "The personal identity code is not valid.",
    failedTitle: "Identification failed",
    failedBody: "The person could not be identified.",
    noMandateTitle: "No mandate",
    noMandateBody:
      "You have no mandate to act for the chosen person or company. Choose to act for yourself, or ask for a mandate in Suomi.fi.",
    noMailboxTitle: "Suomi.fi Messages is not in use",
    noMailboxBody:
      "You cannot send this message because you have not started using Suomi.fi Messages. Start using Messages at Suomi.fi and send the form again.",
    expiredTitle: "The session has expired",
    expiredBody: "Send the form again from the service.",
    problemTitle: "The message could not be sent",
    sentTitle: "Message sent",
    sentBody: "Your form was saved in your Suomi.fi Messages.",
    message: "message",
    openMailbox: "Open the mailbox",
  },
} satisfies Record<TLanguage, Record<string, string>>;

export type TPostFlowTexts = (typeof POST_FLOW_TEXTS)["fi"];

export function postFlowTexts(language: TLanguage): TPostFlowTexts {
  return POST_FLOW_TEXTS[language];
}
