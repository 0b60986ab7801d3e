import type { TLanguage } from "./localized-text";

/** The citizen-facing validation messages. Placeholders are written {name}. */
const CATALOGUE = {
  required: {
    fi: "Tämä tieto on pakollinen.",
    sv: "Uppgiften är obligatorisk.",
    en: "This information is required.",
  },
  invalid: { fi: "Tarkista tieto.", sv: "Kontrollera uppgiften.", en: "Check this information." },
  tooShort: {
    fi: "Kirjoita vähintään {min} merkkiä.",
    sv: "Skriv minst {min} tecken.",
    en: "Enter at least {min} characters.",
  },
  tooLong: {
    fi: "Kirjoita enintään {max} merkkiä.",
    sv: "Skriv högst {max} tecken.",
    en: "Enter at most {max} characters.",
  },
  patternMismatch: {
    fi: "Tieto ei ole oikeassa muodossa.",
    sv: "Uppgiften har fel format.",
    en: "The information is not in the right format.",
  },
  notANumber: { fi: "Anna luku.", sv: "Ange ett tal.", en: "Enter a number." },
  notAnInteger: { fi: "Anna kokonaisluku.", sv: "Ange ett heltal.", en: "Enter a whole number." },
  tooManyDecimals: {
    fi: "Käytä enintään {decimals} desimaalia.",
    sv: "Använd högst {decimals} decimaler.",
    en: "Use at most {decimals} decimal places.",
  },
  numberTooSmall: {
    fi: "Luvun on oltava vähintään {min}.",
    sv: "Talet måste vara minst {min}.",
    en: "The number must be at least {min}.",
  },
  numberTooLarge: {
    fi: "Luvun on oltava enintään {max}.",
    sv: "Talet får vara högst {max}.",
    en: "The number must be at most {max}.",
  },
  invalidEmail: {
    fi: "Anna sähköpostiosoite muodossa nimi@esimerkki.fi.",
    sv: "Ange e-postadressen i formatet namn@exempel.fi.",
    en: "Enter an e-mail address like name@example.com.",
  },
  invalidPhone: {
    fi: "Anna puhelinnumero, esimerkiksi 040 123 4567 tai +358 40 123 4567.",
    sv: "Ange ett telefonnummer, till exempel 040 123 4567 eller +358 40 123 4567.",
    en: "Enter a phone number, for example +358 40 123 4567.",
  },
  phoneNotFinnish: {
    fi: "Anna suomalainen puhelinnumero.",
    sv: "Ange ett finländskt telefonnummer.",
    en: "Enter a Finnish phone number.",
  },
  invalidDate: {
    fi: "Anna päivämäärä muodossa pp.kk.vvvv.",
    sv: "Ange datumet i formatet dd.mm.åååå.",
    en: "Enter a date as dd.mm.yyyy.",
  },
  dateTooEarly: {
    fi: "Päivämäärä voi olla aikaisintaan {min}.",
    sv: "Datumet kan vara tidigast {min}.",
    en: "The date can be {min} at the earliest.",
  },
  dateTooLate: {
    fi: "Päivämäärä voi olla viimeistään {max}.",
    sv: "Datumet kan vara senast {max}.",
    en: "The date can be {max} at the latest.",
  },
  dateInFuture: {
    fi: "Päivämäärä ei voi olla tulevaisuudessa.",
    sv: "Datumet kan inte vara i framtiden.",
    en: "The date cannot be in the future.",
  },
  dateInPast: {
    fi: "Päivämäärä ei voi olla menneisyydessä.",
    sv: "Datumet kan inte vara i det förflutna.",
    en: "The date cannot be in the past.",
  },
  invalidTime: {
    fi: "Anna kellonaika muodossa tt.mm.",
    sv: "Ange klockslaget i formatet tt.mm.",
    en: "Enter a time as hh:mm.",
  },
  invalidChoice: {
    fi: "Valitse jokin vaihtoehdoista.",
    sv: "Välj ett av alternativen.",
    en: "Choose one of the options.",
  },
  tooFewSelections: {
    fi: "Valitse vähintään {min}.",
    sv: "Välj minst {min}.",
    en: "Choose at least {min}.",
  },
  tooManySelections: {
    fi: "Valitse enintään {max}.",
    sv: "Välj högst {max}.",
    en: "Choose at most {max}.",
  },
  consentRequired: {
    fi: "Sinun on hyväksyttävä tämä jatkaaksesi.",
    sv: "Du måste godkänna detta för att fortsätta.",
    en: "You must accept this to continue.",
  },
  invalidPersonalIdentityCode: {
    fi: "Tarkista henkilötunnus. Muoto on ppkkvvXnnnT, esimerkiksi 131052-308T.",
    sv: "Kontrollera personbeteckningen. Formatet är ddmmååXnnnT, till exempel 131052-308T.",
    en: "Check the personal identity code. The format is ddmmyyXnnnC, for example 131052-308T.",
  },
  invalidBusinessId: {
    fi: "Tarkista Y-tunnus. Muoto on 1234567-8.",
    sv: "Kontrollera FO-numret. Formatet är 1234567-8.",
    en: "Check the Business ID. The format is 1234567-8.",
  },
  invalidVehicleRegistrationNumber: {
    fi: "Tarkista rekisteritunnus. Anna se muodossa ABC-123.",
    sv: "Kontrollera registreringsnumret. Ange det i formatet ABC-123.",
    en: "Check the vehicle registration number. Enter it as ABC-123.",
  },
  invalidIban: {
    fi: "Tarkista tilinumero. Anna se IBAN-muodossa, esimerkiksi FI49 5000 9420 0287 30.",
    sv: "Kontrollera kontonumret. Ange det i IBAN-format, till exempel FI49 5000 9420 0287 30.",
    en: "Check the account number. Enter it as an IBAN, for example FI49 5000 9420 0287 30.",
  },
  ibanNotFinnish: {
    fi: "Anna suomalainen tilinumero (alkaa FI).",
    sv: "Ange ett finländskt kontonummer (börjar med FI).",
    en: "Enter a Finnish account number (starting with FI).",
  },
  invalidPostalCode: {
    fi: "Anna postinumero viidellä numerolla.",
    sv: "Ange postnumret med fem siffror.",
    en: "Enter the postal code as five digits.",
  },
  unknownPostalCode: {
    fi: "Postinumeroa ei löydy. Tarkista postinumero.",
    sv: "Postnumret hittades inte. Kontrollera postnumret.",
    en: "The postal code was not found. Check the postal code.",
  },
  invalidMunicipality: { fi: "Valitse kunta.", sv: "Välj kommun.", en: "Choose a municipality." },
  invalidCountry: { fi: "Valitse maa.", sv: "Välj land.", en: "Choose a country." },
  invalidFile: {
    fi: "Liitteen tiedot ovat puutteelliset. Lisää liite uudelleen.",
    sv: "Bilagans uppgifter är ofullständiga. Lägg till bilagan på nytt.",
    en: "The attachment details are incomplete. Add the attachment again.",
  },
  fileTypeNotAllowed: {
    fi: "Tiedoston {name} tyyppiä ei voi liittää. Sallitut tyypit: {types}.",
    sv: "Filen {name} har en filtyp som inte kan bifogas. Tillåtna typer: {types}.",
    en: "The file {name} is of a type that cannot be attached. Allowed types: {types}.",
  },
  fileTooLarge: {
    fi: "Tiedosto {name} on liian suuri. Enimmäiskoko on {max}.",
    sv: "Filen {name} är för stor. Maximal storlek är {max}.",
    en: "The file {name} is too large. The maximum size is {max}.",
  },
  tooFewFiles: {
    fi: "Lisää vähintään {min} liitettä.",
    sv: "Lägg till minst {min} bilagor.",
    en: "Add at least {min} attachments.",
  },
  tooManyFiles: {
    fi: "Voit lisätä enintään {max} liitettä.",
    sv: "Du kan lägga till högst {max} bilagor.",
    en: "You can add at most {max} attachments.",
  },
  totalAttachmentsTooLarge: {
    fi: "Liitteiden yhteiskoko voi olla enintään {max}.",
    sv: "Bilagornas sammanlagda storlek får vara högst {max}.",
    en: "The attachments can be at most {max} in total.",
  },
  tooFewRows: {
    fi: "Lisää vähintään {min} riviä.",
    sv: "Lägg till minst {min} rader.",
    en: "Add at least {min} rows.",
  },
  tooManyRows: {
    fi: "Voit lisätä enintään {max} riviä.",
    sv: "Du kan lägga till högst {max} rader.",
    en: "You can add at most {max} rows.",
  },
} as const satisfies Record<string, Record<TLanguage, string>>;

export type TMessageKey = keyof typeof CATALOGUE;
export type TMessageParams = Record<string, string | number>;

export function translateMessage(language: TLanguage, key: TMessageKey, params: TMessageParams = {}): string {
  return CATALOGUE[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Human-readable byte size, e.g. "5 MB", "300 kB" (decimal comma in fi/sv). */
export function formatByteSize(bytes: number, language: TLanguage): string {
  const units: Array<[number, string]> = [
    [1024 * 1024, "MB"],
    [1024, "kB"],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = Math.round((bytes / size) * 10) / 10;
      const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
      return `${language === "en" ? text : text.replace(".", ",")} ${unit}`;
    }
  }
  return `${bytes} B`;
}
