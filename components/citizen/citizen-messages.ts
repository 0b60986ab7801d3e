// Texts of the citizen pages in Finnish, Swedish and English. Placeholders are written {name}.
import type { TLanguage } from "@/lib/forms/localized-text";

const CATALOGUE = {
  skipToContent: { fi: "Siirry sisältöön", sv: "Hoppa till innehållet", en: "Skip to content" },
  languageNav: { fi: "Kielivalinta", sv: "Språkval", en: "Language" },
  languageName: { fi: "Suomeksi", sv: "På svenska", en: "In English" },
  errorTitlePrefix: { fi: "Virhe: ", sv: "Fel: ", en: "Error: " },
  errorSummaryTitle: {
    fi: "Korjaa seuraavat tiedot",
    sv: "Rätta följande uppgifter",
    en: "There is a problem",
  },
  accessibility: {
    fi: "Saavutettavuusseloste",
    sv: "Tillgänglighetsutlåtande",
    en: "Accessibility statement",
  },
  privacy: { fi: "Tietosuojaseloste", sv: "Dataskyddsbeskrivning", en: "Privacy notice" },
  privacyTitle: {
    fi: "Tietosuojaseloste: {form}",
    sv: "Dataskyddsbeskrivning: {form}",
    en: "Privacy notice: {form}",
  },
  privacyController: {
    fi: "Rekisterinpitäjä: {organization}",
    sv: "Personuppgiftsansvarig: {organization}",
    en: "Controller: {organization}",
  },
  privacyMissing: {
    fi: "Organisaatio ei ole lisännyt tälle lomakkeelle omaa tietosuojaselostetta. Kysy lisätietoja organisaatiolta {organization}.",
    sv: "Organisationen har inte lagt till en egen dataskyddsbeskrivning för blanketten. Fråga {organization} om mer information.",
    en: "The organisation has not added a privacy notice for this form. Ask {organization} for more information.",
  },
  backToForm: { fi: "Takaisin lomakkeelle", sv: "Tillbaka till blanketten", en: "Back to the form" },
  start: { fi: "Aloita", sv: "Börja", en: "Start now" },
  continueDraft: { fi: "Jatka täyttämistä", sv: "Fortsätt fylla i", en: "Continue filling in" },
  youNeed: { fi: "Tarvitset", sv: "Du behöver", en: "What you need" },
  needMessages: {
    fi: "Lomake lähetetään Suomi.fi-viestien kautta. Lähettäminen edellyttää, että olet ottanut Suomi.fi-viestit käyttöön ja tunnistaudut vahvasti (esimerkiksi pankkitunnuksilla tai mobiilivarmenteella).",
    sv: "Blanketten skickas via Suomi.fi-meddelanden. För att skicka den måste du ha tagit Suomi.fi-meddelanden i bruk och identifiera dig starkt (till exempel med bankkoder eller mobilcertifikat).",
    en: "The form is sent through Suomi.fi Messages. To send it, you must have Suomi.fi Messages in use and identify yourself strongly (for example with online banking codes or a mobile certificate).",
  },
  messagesHowTo: {
    fi: "Näin otat Suomi.fi-viestit käyttöön",
    sv: "Så här tar du Suomi.fi-meddelanden i bruk",
    en: "How to start using Suomi.fi Messages",
  },
  messagesHowToUrl: {
    fi: "https://www.suomi.fi/viestit",
    sv: "https://www.suomi.fi/meddelanden",
    en: "https://www.suomi.fi/messages",
  },
  needAnswers: {
    fi: "Lomakkeen tiedot ({pages} vaihetta). Voit tallentaa keskeneräisen lomakkeen ja jatkaa myöhemmin.",
    sv: "Uppgifterna på blanketten ({pages} steg). Du kan spara en ofärdig blankett och fortsätta senare.",
    en: "The information the form asks for ({pages} steps). You can save an unfinished form and continue later.",
  },
  duration: {
    fi: "Täyttäminen kestää noin {minutes} minuuttia.",
    sv: "Det tar cirka {minutes} minuter att fylla i.",
    en: "It takes about {minutes} minutes to fill in.",
  },
  formOpen: { fi: "Lomake on avoinna.", sv: "Blanketten är öppen.", en: "The form is open." },
  formOpenUntil: {
    fi: "Lomake on avoinna {date} asti.",
    sv: "Blanketten är öppen till {date}.",
    en: "The form is open until {date}.",
  },
  formNotYetOpen: {
    fi: "Lomake avautuu {date}. Et voi vielä aloittaa.",
    sv: "Blanketten öppnas {date}. Du kan inte börja ännu.",
    en: "The form opens on {date}. You cannot start yet.",
  },
  formClosed: {
    fi: "Lomake on suljettu. Sitä ei voi enää täyttää eikä lähettää.",
    sv: "Blanketten är stängd. Den kan inte längre fyllas i eller skickas.",
    en: "The form is closed. It can no longer be filled in or sent.",
  },
  formPaused: {
    fi: "Lomakkeen lähettäminen on tilapäisesti keskeytetty huoltokatkon vuoksi. Voit täyttää lomaketta ja tallentaa sen, mutta lähettää sen vasta katkon jälkeen. Tallennetut tiedot säilyvät.",
    sv: "Det går tillfälligt inte att skicka blanketten på grund av ett serviceavbrott. Du kan fylla i och spara blanketten och skicka den efter avbrottet. Sparade uppgifter finns kvar.",
    en: "Sending the form is paused for a maintenance break. You can fill in and save the form, and send it after the break. Saved answers are kept.",
  },
  formFull: {
    fi: "Lomakkeelle on tullut enimmäismäärä hakemuksia, eikä sitä voi enää lähettää.",
    sv: "Blanketten har tagit emot det högsta antalet ansökningar och kan inte längre skickas.",
    en: "The form has received the maximum number of submissions and can no longer be sent.",
  },
  formNotSendable: {
    fi: "Lomaketta ei voi tällä hetkellä lähettää. Ota yhteyttä organisaatioon.",
    sv: "Blanketten kan inte skickas just nu. Kontakta organisationen.",
    en: "The form cannot be sent at the moment. Contact the organisation.",
  },
  versionChanged: {
    fi: "Lomakkeesta on julkaistu uusi versio sen jälkeen, kun aloitit. Voit jatkaa vanhalla versiolla niin kauan kuin lomake on avoinna, tai aloittaa alusta uudella versiolla.",
    sv: "En ny version av blanketten har publicerats efter att du började. Du kan fortsätta med den gamla versionen så länge blanketten är öppen, eller börja om med den nya versionen.",
    en: "A new version of the form has been published since you started. You can continue on the old version while the form is open, or start again on the new version.",
  },
  startAgain: {
    fi: "Aloita alusta uudella versiolla",
    sv: "Börja om med den nya versionen",
    en: "Start again on the new version",
  },
  progress: { fi: "Vaihe {step}/{total}", sv: "Steg {step}/{total}", en: "Step {step} of {total}" },
  back: { fi: "Takaisin", sv: "Tillbaka", en: "Back" },
  continue: { fi: "Jatka", sv: "Fortsätt", en: "Continue" },
  saveForLater: {
    fi: "Tallenna ja jatka myöhemmin",
    sv: "Spara och fortsätt senare",
    en: "Save and continue later",
  },
  savedTitle: { fi: "Lomake on tallennettu", sv: "Blanketten har sparats", en: "Your answers are saved" },
  savedBody: {
    fi: "Voit jatkaa täyttämistä tällä laitteella tai toisella laitteella alla olevan linkin avulla {date} asti. Pidä linkki tallessa: kuka tahansa, jolla on linkki, näkee vastauksesi.",
    sv: "Du kan fortsätta fylla i på den här eller en annan enhet med länken nedan till {date}. Förvara länken väl: alla som har länken ser dina svar.",
    en: "You can continue on this or another device with the link below until {date}. Keep the link safe: anyone with the link can see your answers.",
  },
  resumeLinkLabel: { fi: "Jatkamislinkki", sv: "Länk för att fortsätta", en: "Link to continue" },
  emailLinkLabel: {
    fi: "Lähetä linkki sähköpostiisi",
    sv: "Skicka länken till din e-post",
    en: "Send the link to your e-mail",
  },
  emailLinkHint: {
    fi: "Osoitetta käytetään vain tämän linkin lähettämiseen, eikä sitä tallenneta.",
    sv: "Adressen används bara för att skicka länken och sparas inte.",
    en: "The address is used only to send this link and is not stored.",
  },
  emailLinkSend: { fi: "Lähetä linkki", sv: "Skicka länken", en: "Send the link" },
  emailSent: {
    fi: "Linkki on lähetetty osoitteeseen {email}.",
    sv: "Länken har skickats till {email}.",
    en: "The link has been sent to {email}.",
  },
  emailNotConfigured: {
    fi: "Sähköpostin lähetys ei ole käytössä. Kopioi linkki talteen.",
    sv: "E-post kan inte skickas. Kopiera länken.",
    en: "E-mail sending is not available. Copy the link.",
  },
  emailInvalid: {
    fi: "Anna sähköpostiosoite muodossa nimi@esimerkki.fi.",
    sv: "Ange e-postadressen i formatet namn@exempel.fi.",
    en: "Enter an e-mail address like name@example.com.",
  },
  emailSubject: {
    fi: "Jatka lomakkeen täyttämistä: {form}",
    sv: "Fortsätt fylla i blanketten: {form}",
    en: "Continue filling in the form: {form}",
  },
  emailBody: {
    fi: "Voit jatkaa lomakkeen {form} täyttämistä tästä linkistä {date} asti:\n\n{link}\n\nÄlä jaa linkkiä muille.",
    sv: "Du kan fortsätta fylla i blanketten {form} med den här länken till {date}:\n\n{link}\n\nDela inte länken med andra.",
    en: "You can continue filling in the form {form} with this link until {date}:\n\n{link}\n\nDo not share the link.",
  },
  continueNow: { fi: "Jatka täyttämistä nyt", sv: "Fortsätt fylla i nu", en: "Continue now" },
  resumeInvalid: {
    fi: "Linkki ei ole voimassa. Tallennettu lomake on ehkä vanhentunut ja poistettu. Voit aloittaa alusta.",
    sv: "Länken gäller inte. Den sparade blanketten kan ha gått ut och raderats. Du kan börja om.",
    en: "The link is not valid. The saved form may have expired and been deleted. You can start again.",
  },
  checkTitle: {
    fi: "Tarkista vastauksesi ennen lähettämistä",
    sv: "Kontrollera dina svar innan du skickar",
    en: "Check your answers before sending",
  },
  change: { fi: "Muuta", sv: "Ändra", en: "Change" },
  notAnswered: { fi: "Ei vastattu", sv: "Inte besvarad", en: "Not answered" },
  sendTitle: { fi: "Lähetä lomake", sv: "Skicka blanketten", en: "Send the form" },
  sendExplanation: {
    fi: "Kun jatkat, siirryt Suomi.fi-palveluun. Tunnistaudut siellä, ja lomake tallentuu Suomi.fi-viestien lähetettyihin viesteihisi sekä välittyy organisaatiolle {organization}.",
    sv: "När du fortsätter kommer du till Suomi.fi. Där identifierar du dig, och blanketten sparas bland de skickade meddelandena i Suomi.fi-meddelanden och förmedlas till {organization}.",
    en: "When you continue, you go to Suomi.fi. You identify yourself there, and the form is saved in your sent messages in Suomi.fi Messages and passed on to {organization}.",
  },
  confirmAndSend: { fi: "Hyväksy ja lähetä", sv: "Godkänn och skicka", en: "Accept and send" },
  handoffTitle: {
    fi: "Lähetä lomake Suomi.fi-viestien kautta",
    sv: "Skicka blanketten via Suomi.fi-meddelanden",
    en: "Send the form through Suomi.fi Messages",
  },
  handoffBody: {
    fi: "Alla on täsmälleen se teksti, joka lähetetään. Se tallentuu myös omiin Suomi.fi-viesteihisi.",
    sv: "Nedan finns exakt den text som skickas. Den sparas också i dina egna Suomi.fi-meddelanden.",
    en: "Below is exactly the text that is sent. It is also saved in your own Suomi.fi Messages.",
  },
  handoffText: { fi: "Lähetettävä viesti", sv: "Meddelandet som skickas", en: "The message to be sent" },
  handoffAttachmentsInPost: {
    fi: "Liitteet lähetetään viestin mukana:",
    sv: "Bilagorna skickas med meddelandet:",
    en: "The attachments are sent with the message:",
  },
  handoffAttachmentsKept: {
    fi: "Liitteet toimitetaan organisaatiolle Lomake-palvelusta, kun viesti on vastaanotettu:",
    sv: "Bilagorna levereras till organisationen från Lomake när meddelandet har tagits emot:",
    en: "The attachments are delivered to the organisation from Lomake once the message has been received:",
  },
  handoffContinue: {
    fi: "Jatka Suomi.fi-palveluun",
    sv: "Fortsätt till Suomi.fi",
    en: "Continue to Suomi.fi",
  },
  handoffAuto: {
    fi: "Siirrytään Suomi.fi-palveluun…",
    sv: "Du flyttas till Suomi.fi …",
    en: "Moving to Suomi.fi…",
  },
  reference: { fi: "Viitenumero", sv: "Referensnummer", en: "Reference number" },
  thanksTitle: {
    fi: "Kiitos, lomake on lähetetty",
    sv: "Tack, blanketten har skickats",
    en: "Thank you, the form has been sent",
  },
  thanksBody: {
    fi: "Lomake on tallentunut Suomi.fi-viesteihisi lähetettyihin viesteihin. Voit tarkistaa sen sieltä milloin tahansa.",
    sv: "Blanketten har sparats bland dina skickade meddelanden i Suomi.fi-meddelanden. Du kan kontrollera den där när som helst.",
    en: "A copy of the form is in your sent messages in Suomi.fi Messages. You can check it there at any time.",
  },
  nextStepsTitle: { fi: "Mitä seuraavaksi tapahtuu", sv: "Vad händer härnäst", en: "What happens next" },
  nextSteps: {
    fi: "{organization} käsittelee asiasi. Saat tarvittaessa lisätietoja ja päätöksen Suomi.fi-viesteihisi. Mainitse viitenumero, jos otat yhteyttä.",
    sv: "{organization} behandlar ditt ärende. Du får vid behov mer information och beslutet i Suomi.fi-meddelanden. Ange referensnumret om du kontaktar oss.",
    en: "{organization} will handle your matter. You will get any further information and the decision in Suomi.fi Messages. Quote the reference number if you contact us.",
  },
  print: {
    fi: "Voit tulostaa tämän sivun tai tallentaa sen itsellesi.",
    sv: "Du kan skriva ut sidan eller spara den.",
    en: "You can print this page or save it for yourself.",
  },
  confirmedNote: {
    fi: "Viesti on vastaanotettu Suomi.fi-viestipalvelussa.",
    sv: "Meddelandet har tagits emot i Suomi.fi-meddelanden.",
    en: "The message has been received in Suomi.fi Messages.",
  },
  cancelledTitle: {
    fi: "Lähettäminen keskeytettiin",
    sv: "Du avbröt skickandet",
    en: "Sending was cancelled",
  },
  cancelledBody: {
    fi: "Lomaketta ei lähetetty. Vastauksesi ovat tallessa: voit tarkistaa ne ja lähettää lomakkeen uudelleen.",
    sv: "Blanketten skickades inte. Dina svar finns kvar: du kan kontrollera dem och skicka blanketten på nytt.",
    en: "The form was not sent. Nothing is lost: you can check your answers and send the form again.",
  },
  backToCheck: {
    fi: "Takaisin vastausten tarkistukseen",
    sv: "Tillbaka till kontrollen av svaren",
    en: "Back to check your answers",
  },
  sendAgain: { fi: "Lähetä uudelleen", sv: "Skicka på nytt", en: "Send again" },
  noMailboxTitle: {
    fi: "Suomi.fi-viestit eivät ole käytössäsi",
    sv: "Du har inte Suomi.fi-meddelanden i bruk",
    en: "You do not have Suomi.fi Messages in use",
  },
  noMailboxBody: {
    fi: "Lomaketta ei voitu lähettää, koska et ole ottanut Suomi.fi-viestejä käyttöön. Ota palvelu käyttöön osoitteessa suomi.fi ja lähetä lomake sitten uudelleen. Lomake odottaa lähettämistä samalla viitenumerolla.",
    sv: "Blanketten kunde inte skickas eftersom du inte har tagit Suomi.fi-meddelanden i bruk. Ta tjänsten i bruk på suomi.fi och skicka sedan blanketten på nytt. Blanketten väntar med samma referensnummer.",
    en: "The form could not be sent because you have not started using Suomi.fi Messages. Start using the service at suomi.fi, then send the form again. The form waits with the same reference number.",
  },
  unknownTitle: {
    fi: "Tarkista, lähtikö lomake",
    sv: "Kontrollera om blanketten skickades",
    en: "Check whether the form was sent",
  },
  unknownBody: {
    fi: "Emme saaneet Suomi.fi-palvelusta tietoa siitä, lähtikö lomake. Tarkista Suomi.fi-viestien lähetetyistä viesteistä, löytyykö sieltä viesti viitenumerolla {reference}. Jos ei löydy, lähetä lomake uudelleen. Samaa lomaketta ei käsitellä kahteen kertaan.",
    sv: "Vi fick ingen uppgift från Suomi.fi om blanketten skickades. Kontrollera bland de skickade meddelandena i Suomi.fi-meddelanden om det finns ett meddelande med referensnumret {reference}. Om inte, skicka blanketten på nytt. Samma blankett behandlas inte två gånger.",
    en: "We did not hear from Suomi.fi whether the form was sent. Check your sent messages in Suomi.fi Messages for a message with the reference number {reference}. If there is none, send the form again. The same form is never handled twice.",
  },
  linkExpiredTitle: { fi: "Linkki ei ole voimassa", sv: "Länken gäller inte", en: "The link is not valid" },
  linkExpiredBody: {
    fi: "Linkki on vanhentunut tai virheellinen. Jos lähetit lomakkeen, löydät sen Suomi.fi-viesteistä.",
    sv: "Länken har gått ut eller är felaktig. Om du skickade blanketten finns den i Suomi.fi-meddelanden.",
    en: "The link has expired or is wrong. If you sent the form, you will find it in Suomi.fi Messages.",
  },
  notFoundTitle: { fi: "Sivua ei löytynyt", sv: "Sidan hittades inte", en: "Page not found" },
  notFoundBody: {
    fi: "Tarkista osoite. Lomake voi myös olla poistettu käytöstä.",
    sv: "Kontrollera adressen. Blanketten kan också ha tagits ur bruk.",
    en: "Check the address. The form may also have been withdrawn.",
  },
  forbiddenTitle: {
    fi: "Pyyntöä ei voitu käsitellä",
    sv: "Begäran kunde inte behandlas",
    en: "The request could not be processed",
  },
  forbiddenBody: {
    fi: "Lomake lähetettiin toiselta sivustolta. Palaa lomakkeelle ja yritä uudelleen.",
    sv: "Blanketten skickades från en annan webbplats. Gå tillbaka till blanketten och försök igen.",
    en: "The form was posted from another site. Go back to the form and try again.",
  },
  orgFormsTitle: { fi: "Lomakkeet", sv: "Blanketter", en: "Forms" },
  orgOpenForms: { fi: "Avoinna olevat lomakkeet", sv: "Öppna blanketter", en: "Open forms" },
  orgOpeningSoon: {
    fi: "Pian avautuvat lomakkeet",
    sv: "Blanketter som snart öppnas",
    en: "Forms opening soon",
  },
  orgNoForms: {
    fi: "Avoinna olevia lomakkeita ei ole.",
    sv: "Det finns inga öppna blanketter.",
    en: "There are no open forms.",
  },
  opensOn: { fi: "Avautuu {date}", sv: "Öppnas {date}", en: "Opens on {date}" },
  closesOn: { fi: "Avoinna {date} asti", sv: "Öppen till {date}", en: "Open until {date}" },
  tooLong: {
    fi: "Vastaukset ovat liian pitkät lähetettäväksi ({length}/{max} merkkiä). Lyhennä pitkiä tekstejä.",
    sv: "Svaren är för långa för att skickas ({length}/{max} tecken). Korta ner långa texter.",
    en: "The answers are too long to send ({length}/{max} characters). Shorten long texts.",
  },
  newQuestions: {
    fi: "Vastaustesi perusteella lomakkeella on nyt lisää kysymyksiä. Vastaa niihin ja valitse Jatka.",
    sv: "Utifrån dina svar finns det nu fler frågor på blanketten. Besvara dem och välj Fortsätt.",
    en: "Based on your answers, the form now has more questions. Answer them and select Continue.",
  },
  rateLimitedTitle: {
    fi: "Liian monta yritystä",
    sv: "För många försök",
    en: "Too many attempts",
  },
  rateLimitedBody: {
    fi: "Lomakkeelle on tullut lyhyessä ajassa liian monta pyyntöä. Yritä uudelleen {minutes} minuutin kuluttua. Mitään ei muutettu, ja jo tallennetut vastauksesi ovat tallessa.",
    sv: "Blanketten har fått för många förfrågningar på kort tid. Försök igen om {minutes} minuter. Ingenting ändrades och de svar du redan sparat finns kvar.",
    en: "The form has received too many requests in a short time. Please try again in {minutes} minutes. Nothing was changed, and the answers you have already saved are kept.",
  },
  tooLargeTitle: {
    fi: "Lähetys oli liian suuri",
    sv: "Det du skickade var för stort",
    en: "What you sent was too large",
  },
  tooLargeBody: {
    fi: "Yhdellä kertaa voi lähettää enintään {megabytes} megatavua. Mitään ei tallennettu tästä lähetyksestä, mutta aiemmin tallennetut vastauksesi ovat tallessa. Palaa takaisin ja lisää suuret liitteet yksi kerrallaan tai pienennä niitä.",
    sv: "Du kan skicka högst {megabytes} megabyte åt gången. Ingenting sparades från det här försöket, men de svar du sparat tidigare finns kvar. Gå tillbaka och lägg till stora bilagor en i taget eller gör dem mindre.",
    en: "You can send at most {megabytes} megabytes at a time. Nothing from this attempt was saved, but the answers you saved earlier are kept. Go back and add large attachments one at a time, or make them smaller.",
  },
  malformedTitle: {
    fi: "Lähetystä ei voitu lukea",
    sv: "Det du skickade kunde inte läsas",
    en: "What you sent could not be read",
  },
  malformedBody: {
    fi: "Lähetys keskeytyi tai se ei tullut tältä lomakkeelta. Mitään ei tallennettu tästä lähetyksestä, mutta aiemmin tallennetut vastauksesi ovat tallessa. Palaa takaisin ja yritä uudelleen.",
    sv: "Det du skickade avbröts eller kom inte från den här blanketten. Ingenting sparades från det här försöket, men de svar du sparat tidigare finns kvar. Gå tillbaka och försök igen.",
    en: "What you sent was cut off or did not come from this form. Nothing from this attempt was saved, but the answers you saved earlier are kept. Go back and try again.",
  },
  serviceName: { fi: "Lomake – sähköinen asiointi", sv: "Lomake – e-tjänst", en: "Lomake – online forms" },
} as const satisfies Record<string, Record<TLanguage, string>>;

export type TCitizenMessageKey = keyof typeof CATALOGUE;

export function citizenText(
  language: TLanguage,
  key: TCitizenMessageKey,
  params: Record<string, string | number> = {},
): string {
  return CATALOGUE[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** 22.11.2026 klo 14.30 style, in Finnish time. */
export function formatDateTime(date: Date, language: TLanguage): string {
  const locale = language === "fi" ? "fi-FI" : language === "sv" ? "sv-FI" : "en-GB";
  return new Intl.DateTimeFormat(locale, {
    timeZone: "Europe/Helsinki",
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

export function formatDay(date: Date, language: TLanguage): string {
  const locale = language === "fi" ? "fi-FI" : language === "sv" ? "sv-FI" : "en-GB";
  return new Intl.DateTimeFormat(locale, {
    timeZone: "Europe/Helsinki",
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).format(date);
}
