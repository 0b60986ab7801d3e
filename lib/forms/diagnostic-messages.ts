import type { TLanguage } from "./localized-text";

/** Editor-facing explanations of definition problems. Placeholders are written {name}. */
export const DIAGNOSTIC_MESSAGES = {
  invalidDefinition: {
    fi: "Lomakkeen rakenne on virheellinen kohdassa {path}: {detail}",
    sv: "Blankettens struktur är felaktig vid {path}: {detail}",
    en: "The form structure is invalid at {path}: {detail}",
  },
  unstorableText: {
    fi: "Kohdassa {path} on merkki, jota ei voi tallentaa (NUL-merkki tai pariton UTF-16-puolisko, usein kopioitu tekstin mukana). Poista se kirjoittamalla teksti uudelleen.",
    sv: "Vid {path} finns ett tecken som inte kan sparas (NUL-tecken eller en ensam UTF-16-halva, ofta inkopierad med text). Ta bort det genom att skriva om texten.",
    en: "At {path} there is a character that cannot be stored (a NUL character or an unpaired UTF-16 surrogate, often pasted in with text). Remove it by retyping the text.",
  },
  duplicateKey: {
    fi: "Tunniste ”{key}” on käytössä useammassa kentässä. Jokaisella kentällä on oltava oma tunniste.",
    sv: "Nyckeln ”{key}” används av flera fält. Varje fält måste ha en egen nyckel.",
    en: "The key “{key}” is used by more than one field. Every field needs its own key.",
  },
  duplicateId: {
    fi: "Tunniste ”{id}” on käytössä useammassa sivussa tai elementissä.",
    sv: "Identifieraren ”{id}” används av flera sidor eller element.",
    en: "The id “{id}” is used by more than one page or element.",
  },
  conditionUnknownField: {
    fi: "Ehto viittaa kenttään ”{field}”, jota lomakkeella ei ole.",
    sv: "Villkoret hänvisar till fältet ”{field}”, som inte finns på blanketten.",
    en: "The condition refers to the field “{field}”, which is not on the form.",
  },
  conditionSelfReference: {
    fi: "Kentän ”{element}” ehto viittaa kenttään itseensä.",
    sv: "Villkoret för ”{element}” hänvisar till fältet självt.",
    en: "The condition of “{element}” refers to the field itself.",
  },
  conditionLaterField: {
    fi: "Ehto viittaa kenttään ”{field}”, joka tulee lomakkeella vasta myöhemmin. Ehto voi riippua vain aiemmista kentistä.",
    sv: "Villkoret hänvisar till fältet ”{field}”, som kommer senare på blanketten. Ett villkor kan bara bero på tidigare fält.",
    en: "The condition refers to the field “{field}”, which comes later in the form. A condition can only depend on earlier fields.",
  },
  conditionSamePage: {
    fi: "Sivun ”{element}” näyttämisehto viittaa kenttään ”{field}”, joka ei ole aiemmalla sivulla.",
    sv: "Villkoret för sidan ”{element}” hänvisar till fältet ”{field}”, som inte finns på en tidigare sida.",
    en: "The condition of the page “{element}” refers to the field “{field}”, which is not on an earlier page.",
  },
  conditionIntoGroup: {
    fi: "Ehto viittaa kenttään ”{field}”, joka on toistuvan ryhmän ”{group}” sisällä. Ryhmän kenttiin voi viitata vain saman ryhmän sisältä.",
    sv: "Villkoret hänvisar till fältet ”{field}” i den upprepade gruppen ”{group}”. Gruppens fält kan bara användas inom samma grupp.",
    en: "The condition refers to the field “{field}” inside the repeating group “{group}”. Fields of a group can only be used within the same group.",
  },
  conditionCycle: {
    fi: "Ehdot muodostavat kehän: {cycle}. Poista jokin näistä ehdoista.",
    sv: "Villkoren bildar en cirkel: {cycle}. Ta bort något av villkoren.",
    en: "The conditions form a cycle: {cycle}. Remove one of these conditions.",
  },
  conditionOperatorMismatch: {
    fi: "Ehtoa ”{operator}” ei voi käyttää kentän ”{field}” tyypin ({type}) kanssa.",
    sv: "Villkoret ”{operator}” kan inte användas med fältet ”{field}” av typen {type}.",
    en: "The comparison “{operator}” cannot be used with the field “{field}” of type {type}.",
  },
  conditionUnknownChoice: {
    fi: "Ehto vertaa kenttää ”{field}” arvoon ”{value}”, joka ei ole kentän vaihtoehto.",
    sv: "Villkoret jämför fältet ”{field}” med värdet ”{value}”, som inte är ett av fältets alternativ.",
    en: "The condition compares the field “{field}” with “{value}”, which is not one of its options.",
  },
  conditionValueType: {
    fi: "Ehdon vertailuarvo ei sovi kentän ”{field}” tyyppiin ({type}).",
    sv: "Villkorets jämförelsevärde passar inte fältet ”{field}” av typen {type}.",
    en: "The comparison value does not suit the field “{field}” of type {type}.",
  },
  conditionFieldTypeMismatch: {
    fi: "Ehto vertaa kenttää ”{field}” ({type}) kenttään ”{other}” ({otherType}). Vain samantyyppisiä kenttiä voi verrata.",
    sv: "Villkoret jämför fältet ”{field}” ({type}) med fältet ”{other}” ({otherType}). Bara fält av samma typ kan jämföras.",
    en: "The condition compares the field “{field}” ({type}) with “{other}” ({otherType}). Only fields of the same type can be compared.",
  },
  ruleUnknownField: {
    fi: "Kentän ”{element}” sääntö viittaa kenttään ”{field}”, jota lomakkeella ei ole. Valitse säännölle toinen kenttä tai poista sääntö.",
    sv: "Regeln för ”{element}” hänvisar till fältet ”{field}”, som inte finns på blanketten. Välj ett annat fält eller ta bort regeln.",
    en: "A rule of “{element}” refers to the field “{field}”, which is not on the form. Choose another field or remove the rule.",
  },
  ruleSelfReference: {
    fi: "Kentän ”{element}” sääntö vertaa kenttää itseensä. Valitse toinen kenttä.",
    sv: "Regeln för ”{element}” jämför fältet med sig självt. Välj ett annat fält.",
    en: "A rule of “{element}” compares the field with itself. Choose another field.",
  },
  ruleFieldTypeMismatch: {
    fi: "Kentän ”{element}” ({type}) sääntö vertaa sitä kenttään ”{field}” ({otherType}). Vertaa vain samantyyppisiä kenttiä, esimerkiksi päivämäärää päivämäärään.",
    sv: "Regeln för ”{element}” ({type}) jämför fältet med ”{field}” ({otherType}). Jämför bara fält av samma typ, till exempel datum med datum.",
    en: "A rule of “{element}” ({type}) compares it with “{field}” ({otherType}). Compare only fields of the same type, such as a date with a date.",
  },
  ruleOperatorMismatch: {
    fi: "Kentän ”{element}” tyyppiä ({type}) ei voi verrata suurempi/pienempi-säännöllä. Käytä sääntöä ”sama kuin” tai ”eri kuin”.",
    sv: "Fältet ”{element}” av typen {type} kan inte jämföras med större/mindre. Använd ”samma som” eller ”inte samma som”.",
    en: "The field “{element}” of type {type} cannot be compared as larger/smaller. Use “same as” or “not the same as”.",
  },
  ruleIntoGroup: {
    fi: "Kentän ”{element}” sääntö viittaa toistuvan ryhmän ”{group}” kenttään ”{field}”. Ryhmän kenttiin voi viitata vain saman ryhmän riviltä.",
    sv: "Regeln för ”{element}” hänvisar till fältet ”{field}” i den upprepade gruppen ”{group}”. Gruppens fält kan bara användas inom samma rad.",
    en: "A rule of “{element}” refers to the field “{field}” in the repeating group “{group}”. Fields of a group can only be used within the same row.",
  },
  ruleContradiction: {
    fi: "Kentän ”{element}” säännöt kentän ”{field}” kanssa ovat ristiriidassa: mikään vastaus ei täytä niitä kaikkia. Kukaan ei voisi lähettää lomaketta. Poista jokin säännöistä.",
    sv: "Reglerna för ”{element}” mot fältet ”{field}” motsäger varandra: inget svar uppfyller alla. Ingen skulle kunna skicka blanketten. Ta bort någon av reglerna.",
    en: "The rules of “{element}” against “{field}” contradict each other: no answer meets them all. Nobody could send the form. Remove one of the rules.",
  },
  ruleOutsideLimits: {
    fi: "Kentän ”{element}” sääntö ei voi täyttyä kenttien rajoilla (”{element}”: {range}; ”{field}”: {otherRange}). Korjaa säännöt tai kenttien vähimmäis- ja enimmäisarvot.",
    sv: "Regeln för ”{element}” kan inte uppfyllas med fältens gränser (”{element}”: {range}; ”{field}”: {otherRange}). Rätta regeln eller fältens minimi- och maximivärden.",
    en: "The rule of “{element}” cannot hold with the fields' limits (“{element}”: {range}; “{field}”: {otherRange}). Fix the rule or the fields' minimum and maximum.",
  },
  noSuomifiService: {
    fi: "Lomakkeelle ei ole valittu Suomi.fi-viestien palvelua, joten sitä ei voisi lähettää. Valitse palvelu lomakkeen asetuksista (Asetukset → Suomi.fi-viestit).",
    sv: "Blanketten har ingen tjänst i Suomi.fi-meddelanden, så den kunde inte skickas. Välj tjänsten i blankettens inställningar (Inställningar → Suomi.fi-meddelanden).",
    en: "No Suomi.fi Messages service is chosen for the form, so it could not be sent. Choose the service in the form's settings (Settings → Suomi.fi Messages).",
  },
  suomifiConnectionNotWorking: {
    fi: "Lomakkeen Suomi.fi-viestien palvelu ei kuulu organisaation käytössä olevaan yhteyteen, joten lomaketta ei voisi lähettää. Korjaa yhteys kohdassa Ylläpito → Suomi.fi-viestit ja valitse palvelu uudelleen lomakkeen asetuksista.",
    sv: "Blankettens tjänst hör inte till organisationens aktiva anslutning till Suomi.fi-meddelanden, så blanketten kunde inte skickas. Rätta anslutningen under Administration → Suomi.fi-meddelanden och välj tjänsten på nytt i blankettens inställningar.",
    en: "The form's service is not part of the organisation's active Suomi.fi Messages connection, so the form could not be sent. Fix the connection under Admin → Suomi.fi Messages and choose the service again in the form's settings.",
  },
  settingsTextMissingTranslation: {
    fi: "Asetusten teksti ”{setting}” puuttuu kielellä {language}. Kirjoita se lomakkeen asetuksiin, muuten vastaaja näkisi sen suomeksi.",
    sv: "Inställningstexten ”{setting}” saknas på {language}. Skriv den i blankettens inställningar, annars skulle personen se den på finska.",
    en: "The settings text “{setting}” is missing in {language}. Write it in the form's settings, or the person would see it in Finnish.",
  },
  missingFinnishText: {
    fi: "Suomenkielinen teksti puuttuu: {text}.",
    sv: "Den finska texten saknas: {text}.",
    en: "The Finnish text is missing: {text}.",
  },
  missingTranslation: {
    fi: "Käännös kielelle {language} puuttuu: {text}.",
    sv: "Översättningen till {language} saknas: {text}.",
    en: "The {language} translation is missing: {text}.",
  },
  noChoices: {
    fi: "Valintakentällä ”{element}” ei ole vaihtoehtoja.",
    sv: "Flervalsfältet ”{element}” har inga alternativ.",
    en: "The choice field “{element}” has no options.",
  },
  duplicateChoice: {
    fi: "Kentän ”{element}” vaihtoehdon arvo ”{value}” on käytössä kahdesti.",
    sv: "Värdet ”{value}” används två gånger bland alternativen i ”{element}”.",
    en: "The option value “{value}” is used twice in “{element}”.",
  },
  invalidPattern: {
    fi: "Kentän ”{element}” tarkistuslauseke ei ole kelvollinen säännöllinen lauseke.",
    sv: "Mönstret för fältet ”{element}” är inte ett giltigt reguljärt uttryck.",
    en: "The pattern of the field “{element}” is not a valid regular expression.",
  },
  invalidRange: {
    fi: "Kentän ”{element}” vähimmäisarvo on suurempi kuin enimmäisarvo.",
    sv: "Minimivärdet för fältet ”{element}” är större än maximivärdet.",
    en: "The minimum of the field “{element}” is greater than its maximum.",
  },
  invalidAvailability: {
    fi: "Lomakkeen sulkeutumisaika on ennen avautumisaikaa.",
    sv: "Blanketten stängs innan den öppnas.",
    en: "The form closes before it opens.",
  },
  messageBodyTooLong: {
    fi: "Vastaukset voivat pahimmillaan viedä {length} merkkiä ({language}), mutta Suomi.fi-viestiin mahtuu {limit}. Lyhennä tekstikenttien enimmäispituuksia tai vähennä liitteitä ja rivejä. Eniten tilaa vievät: {fields}.",
    sv: "Svaren kan i värsta fall ta {length} tecken ({language}), men ett Suomi.fi-meddelande rymmer {limit}. Förkorta textfältens maxlängder eller minska bilagor och rader. Mest utrymme tar: {fields}.",
    en: "The answers can take up to {length} characters ({language}), but a Suomi.fi message holds {limit}. Shorten the maximum lengths of text fields or reduce attachments and rows. Largest: {fields}.",
  },
  messageBodyNearLimit: {
    fi: "Vastaukset voivat pahimmillaan viedä {length} merkkiä ({language}) Suomi.fi-viestin {limit} merkistä.",
    sv: "Svaren kan i värsta fall ta {length} tecken ({language}) av Suomi.fi-meddelandets {limit}.",
    en: "The answers can take up to {length} of the {limit} characters of a Suomi.fi message ({language}).",
  },
  attachmentsOverLimit: {
    fi: "Liitteiden yhteiskoko voi olla enintään {total}, mutta Suomi.fi-viestiin mahtuu {limit}. Pienennä liitteiden enimmäiskokoa tai -määrää.",
    sv: "Bilagorna kan sammanlagt bli {total}, men ett Suomi.fi-meddelande rymmer {limit}. Minska bilagornas maximala storlek eller antal.",
    en: "The attachments can add up to {total}, but a Suomi.fi message holds {limit}. Lower the maximum size or number of attachments.",
  },
  longLabel: {
    fi: "Kentän ”{element}” otsikko on pitkä ({length} merkkiä). Siirrä lisätiedot ohjetekstiin.",
    sv: "Rubriken för fältet ”{element}” är lång ({length} tecken). Flytta tilläggsinformationen till hjälptexten.",
    en: "The label of “{element}” is long ({length} characters). Move the details into the hint.",
  },
  missingHint: {
    fi: "Pakollisella kentällä ”{element}” ei ole ohjetekstiä. Kerro, missä muodossa tieto annetaan.",
    sv: "Det obligatoriska fältet ”{element}” har ingen hjälptext. Berätta i vilket format uppgiften ges.",
    en: "The required field “{element}” has no hint. Tell people the expected format.",
  },
  emptyPage: {
    fi: "Sivulla ”{element}” ei ole yhtään kenttää.",
    sv: "Sidan ”{element}” har inga fält.",
    en: "The page “{element}” has no fields.",
  },
  rawHtml: {
    fi: "Tekstissä ”{element}” on HTML-koodia. Sitä ei näytetä muotoiltuna; käytä Markdownia.",
    sv: "Texten ”{element}” innehåller HTML-kod. Den visas inte formaterad; använd Markdown.",
    en: "The text “{element}” contains HTML. It is not rendered; use Markdown.",
  },
} as const satisfies Record<string, Record<TLanguage, string>>;

export type TDiagnosticCode = keyof typeof DIAGNOSTIC_MESSAGES;
export type TDiagnosticMessage = Record<TLanguage, string>;

export function diagnosticMessage(
  code: TDiagnosticCode,
  params: Record<string, string | number>,
): TDiagnosticMessage {
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  const templates = DIAGNOSTIC_MESSAGES[code];
  return { fi: fill(templates.fi), sv: fill(templates.sv), en: fill(templates.en) };
}
