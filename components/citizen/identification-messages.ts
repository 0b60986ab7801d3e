// Texts of Suomi.fi Identification on the citizen pages, in Finnish, Swedish and English.
import type { TLanguage } from "@/lib/forms/localized-text";
import type { TIdentificationRefusal } from "@/lib/identification/identification-refusal";

const CATALOGUE = {
  identifyButton: {
    fi: "Tunnistaudu Suomi.fi:ssä",
    sv: "Identifiera dig i Suomi.fi",
    en: "Identify with Suomi.fi",
  },
  identifyRequired: {
    fi: "Tämän lomakkeen täyttäminen edellyttää tunnistautumista Suomi.fi-tunnistuksella (esimerkiksi pankkitunnuksilla tai mobiilivarmenteella).",
    sv: "För att fylla i blanketten behöver du identifiera dig med Suomi.fi-identifikationen (till exempel med bankkoder eller mobilcertifikat).",
    en: "To fill in this form, identify yourself with Suomi.fi identification (for example with online banking codes or a mobile certificate).",
  },
  identifyOptional: {
    fi: "Voit tunnistautua Suomi.fi-tunnistuksella, jolloin nimesi ja muut tietosi täytetään valmiiksi. Voit myös täyttää lomakkeen tunnistautumatta.",
    sv: "Du kan identifiera dig med Suomi.fi-identifikationen så att ditt namn och andra uppgifter fylls i på förhand. Du kan också fylla i blanketten utan att identifiera dig.",
    en: "You can identify yourself with Suomi.fi identification so that your name and other details are filled in for you. You can also fill in the form without identifying.",
  },
  identifiedAs: { fi: "Tunnistettu: {name}", sv: "Identifierad: {name}", en: "Identified: {name}" },
  logout: { fi: "Kirjaudu ulos", sv: "Logga ut", en: "Log out" },
  unavailable: {
    fi: "Suomi.fi-tunnistus ei ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen.",
    sv: "Suomi.fi-identifikationen är inte tillgänglig just nu. Försök igen om en stund.",
    en: "Suomi.fi identification is not available right now. Please try again shortly.",
  },
  refusedTitle: {
    fi: "Tunnistautuminen ei onnistunut",
    sv: "Identifieringen lyckades inte",
    en: "Identification did not succeed",
  },
  cancelledTitle: {
    fi: "Tunnistautuminen keskeytettiin",
    sv: "Identifieringen avbröts",
    en: "Identification was cancelled",
  },
  cancelled: {
    fi: "Et tunnistautunut. Voit yrittää uudelleen lomakkeen aloitussivulta.",
    sv: "Du identifierade dig inte. Du kan försöka igen från blankettens startsida.",
    en: "You did not identify. You can try again from the start page of the form.",
  },
  startAgain: {
    fi: "Mitään tietoja ei tallennettu. Aloita tunnistautuminen uudelleen lomakkeen sivulta samalla selaimella, äläkä käytä selaimen Takaisin-painiketta tunnistautumisen aikana.",
    sv: "Inga uppgifter sparades. Börja identifieringen på nytt från blankettens sida i samma webbläsare och använd inte webbläsarens bakåtknapp under identifieringen.",
    en: "Nothing was saved. Start the identification again from the form's page in the same browser, and do not use the browser's Back button while identifying.",
  },
  noHenkilotunnus: {
    fi: "Tämä palvelu edellyttää suomalaista henkilötunnusta. Ulkomaisella tunnistusvälineellä tunnistautuneena et voi käyttää tätä lomaketta.",
    sv: "Tjänsten kräver en finsk personbeteckning. Du kan inte använda blanketten om du identifierade dig med ett utländskt identifieringsmedel.",
    en: "This service needs a Finnish personal identity code. You cannot use this form when identified with a foreign eID.",
  },
  loggedOutTitle: { fi: "Olet kirjautunut ulos", sv: "Du har loggat ut", en: "You have logged out" },
  loggedOut: {
    fi: "Tunnistautumisesi päättyi tässä palvelussa ja Suomi.fi-tunnistuksessa.",
    sv: "Din identifiering avslutades i den här tjänsten och i Suomi.fi-identifikationen.",
    en: "Your identification ended in this service and in Suomi.fi identification.",
  },
  backToForm: { fi: "Takaisin lomakkeelle", sv: "Tillbaka till blanketten", en: "Back to the form" },
  inProgressTitle: {
    fi: "Keskeneräiset lomakkeeni",
    sv: "Mina påbörjade blanketter",
    en: "My forms in progress",
  },
  inProgressIntro: {
    fi: "Tunnistautuneena täyttämäsi lomakkeet, joita et ole vielä lähettänyt. Voit jatkaa niitä millä tahansa laitteella.",
    sv: "Blanketter som du har fyllt i som identifierad och ännu inte skickat. Du kan fortsätta på vilken enhet som helst.",
    en: "Forms you filled in while identified and have not sent yet. You can continue them on any device.",
  },
  inProgressEmpty: {
    fi: "Sinulla ei ole keskeneräisiä lomakkeita.",
    sv: "Du har inga påbörjade blanketter.",
    en: "You have no forms in progress.",
  },
  inProgressIdentify: {
    fi: "Tunnistaudu nähdäksesi keskeneräiset lomakkeesi.",
    sv: "Identifiera dig för att se dina påbörjade blanketter.",
    en: "Identify yourself to see your forms in progress.",
  },
  inProgressSaved: { fi: "Tallennettu {date}", sv: "Sparad {date}", en: "Saved {date}" },
  inProgressExpires: { fi: "Säilyy {date} asti", sv: "Sparas till {date}", en: "Kept until {date}" },
  inProgressContinue: {
    fi: "Jatka lomaketta {form}",
    sv: "Fortsätt blanketten {form}",
    en: "Continue {form}",
  },
  draftNotYours: {
    fi: "Tätä keskeneräistä lomaketta ei löytynyt. Se on ehkä jo lähetetty tai vanhentunut.",
    sv: "Den påbörjade blanketten hittades inte. Den kan redan ha skickats eller gått ut.",
    en: "This form in progress was not found. It may have been sent already or expired.",
  },
  fromSuomifi: {
    fi: "Suomi.fi-tunnistuksesta",
    sv: "Från Suomi.fi-identifikationen",
    en: "From Suomi.fi identification",
  },
} satisfies Record<string, Record<TLanguage, string>>;

export type TIdentificationTextKey = keyof typeof CATALOGUE;

export function identificationText(
  language: TLanguage,
  key: TIdentificationTextKey,
  values: Record<string, string> = {},
): string {
  return CATALOGUE[key][language].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
}

/** What the person is told for each refusal: never the technical reason. */
export function refusalMessage(
  language: TLanguage,
  reason: TIdentificationRefusal,
): { title: string; paragraph: string } {
  if (reason === "cancelled")
    return {
      title: identificationText(language, "cancelledTitle"),
      paragraph: identificationText(language, "cancelled"),
    };
  if (reason === "unavailable")
    return {
      title: identificationText(language, "refusedTitle"),
      paragraph: identificationText(language, "unavailable"),
    };
  if (reason === "no-henkilotunnus")
    return {
      title: identificationText(language, "refusedTitle"),
      paragraph: identificationText(language, "noHenkilotunnus"),
    };
  return {
    title: identificationText(language, "refusedTitle"),
    paragraph: identificationText(language, "startAgain"),
  };
}
