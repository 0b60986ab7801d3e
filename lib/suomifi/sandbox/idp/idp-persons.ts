// VTJ-like population data of the sandbox IdP's test persons (identification.md §5 and §8). The official test
// persons keep their documented property; addresses, municipalities and the minor with guardians are the
// sandbox's own inventions, so tests can prove prefill, the address block and acting on behalf.
import { TEST_PERSONS } from "../test-persons";

export type TVtjAddress = {
  streetFi: string;
  streetSv?: string;
  postalCode: string;
  postOfficeFi: string;
  postOfficeSv?: string;
};

export type TIdpPerson = {
  henkilotunnus: string;
  surname: string;
  /** All first names (CurrentGivenName) and the calling name (givenName). */
  firstNames: string;
  callingName: string;
  municipalityCode?: string;
  municipalityFi?: string;
  municipalitySv?: string;
  address?: TVtjAddress;
  foreignAddress?: { street: string; locality: string; countryCode: string };
  email?: string;
  isFinnishCitizen: boolean;
  hasAddressBlock: boolean;
  isDeceased: boolean;
  /** Henkilötunnus of each guardian (minors only). */
  guardians?: string[];
  note: { fi: string; sv: string; en: string };
};

const HELSINKI = { municipalityCode: "091", municipalityFi: "Helsinki", municipalitySv: "Helsingfors" };
const TURKU = { municipalityCode: "853", municipalityFi: "Turku", municipalitySv: "Åbo" };

export const IDP_PERSONS: readonly TIdpPerson[] = [
  {
    henkilotunnus: "010280-952L",
    surname: "Testilä",
    firstNames: "Tessa",
    callingName: "Tessa",
    ...HELSINKI,
    address: {
      streetFi: "Mannerheimintie 1 A 5",
      streetSv: "Mannerheimvägen 1 A 5",
      postalCode: "00100",
      postOfficeFi: "HELSINKI",
      postOfficeSv: "HELSINGFORS",
    },
    isFinnishCitizen: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: { fi: "Suomen kansalainen", sv: "Finsk medborgare", en: "Finnish citizen" },
  },
  {
    henkilotunnus: "010469-999W",
    surname: "Kivi",
    firstNames: "Joni Kristian",
    callingName: "Joni",
    ...TURKU,
    address: {
      streetFi: "Aurakatu 2 B 12",
      streetSv: "Auragatan 2 B 12",
      postalCode: "20100",
      postOfficeFi: "TURKU",
      postOfficeSv: "ÅBO",
    },
    isFinnishCitizen: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: { fi: "Suomen kansalainen", sv: "Finsk medborgare", en: "Finnish citizen" },
  },
  {
    henkilotunnus: "010675-9981",
    surname: "Sallinen",
    firstNames: "Anna-Liisa Milka",
    callingName: "Anna-Liisa",
    ...HELSINKI,
    address: { streetFi: "Hämeentie 30", postalCode: "00530", postOfficeFi: "HELSINKI" },
    email: "anna-liisa.sallinen@example.fi",
    isFinnishCitizen: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: { fi: "Sähköpostiosoite", sv: "E-postadress", en: "Has an e-mail address" },
  },
  {
    henkilotunnus: "040265-9985",
    surname: "Marttila",
    firstNames: "Minerva Alli Aniitta",
    callingName: "Minerva",
    foreignAddress: { street: "Drottninggatan 5", locality: "Stockholm", countryCode: "SWE" },
    isFinnishCitizen: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: {
      fi: "Vakinainen osoite ulkomailla",
      sv: "Stadigvarande adress utomlands",
      en: "Permanent address abroad",
    },
  },
  {
    henkilotunnus: "260991-999R",
    surname: "Huhtiistinen",
    firstNames: "Ilmari Folke",
    callingName: "Ilmari",
    ...HELSINKI,
    address: { streetFi: "Salainen polku 7", postalCode: "00990", postOfficeFi: "HELSINKI" },
    isFinnishCitizen: true,
    hasAddressBlock: true,
    isDeceased: false,
    note: { fi: "Turvakielto", sv: "Spärrmarkering", en: "Address information block" },
  },
  {
    henkilotunnus: "150315A9985",
    surname: "Testilä",
    firstNames: "Tuuli Alva",
    callingName: "Tuuli",
    ...HELSINKI,
    address: {
      streetFi: "Mannerheimintie 1 A 5",
      streetSv: "Mannerheimvägen 1 A 5",
      postalCode: "00100",
      postOfficeFi: "HELSINKI",
      postOfficeSv: "HELSINGFORS",
    },
    isFinnishCitizen: true,
    hasAddressBlock: false,
    isDeceased: false,
    guardians: ["010280-952L", "010469-999W"],
    note: {
      fi: "Alaikäinen, huoltajat Tessa Testilä ja Joni Kivi",
      sv: "Minderårig, vårdnadshavare Tessa Testilä och Joni Kivi",
      en: "Minor; guardians Tessa Testilä and Joni Kivi",
    },
  },
  {
    henkilotunnus: "210281-9988",
    surname: "Nordea",
    firstNames: "Demo",
    callingName: "Demo",
    ...TURKU,
    address: { streetFi: "Yliopistonkatu 10", postalCode: "20100", postOfficeFi: "TURKU" },
    isFinnishCitizen: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: {
      fi: "Pankkitunnistuksen testihenkilö",
      sv: "Testperson för bankidentifiering",
      en: "Bank test person",
    },
  },
  {
    henkilotunnus: "181064-998C",
    surname: "Viestitön",
    firstNames: "Ville",
    callingName: "Ville",
    ...TURKU,
    address: { streetFi: "Puutarhakatu 4", postalCode: "20100", postOfficeFi: "TURKU" },
    isFinnishCitizen: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: { fi: "Ei Suomi.fi-viestejä", sv: "Inga Suomi.fi-meddelanden", en: "No Suomi.fi Messages" },
  },
  {
    henkilotunnus: "020365-999P",
    surname: "Grönholm",
    firstNames: "Kalle",
    callingName: "Kalle",
    isFinnishCitizen: true,
    hasAddressBlock: false,
    isDeceased: true,
    note: {
      fi: "Kuollut 1.11.2010: tunnistus epäonnistuu",
      sv: "Avliden 1.11.2010: identifieringen misslyckas",
      en: "Deceased 1.11.2010: identification fails",
    },
  },
];

export function findIdpPerson(henkilotunnus: string): TIdpPerson | undefined {
  return IDP_PERSONS.find((person) => person.henkilotunnus === henkilotunnus);
}

/** A valid code not in the test data: with VtjVerificationRequired=false the real test method generates data. */
export function generatedIdpPerson(henkilotunnus: string): TIdpPerson {
  return {
    henkilotunnus,
    surname: "Testihenkilö",
    firstNames: `Generoitu ${henkilotunnus.slice(0, 6)}`,
    callingName: "Generoitu",
    isFinnishCitizen: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: { fi: "Generoitu", sv: "Genererad", en: "Generated" },
  };
}

// Every official test person of the Messages sandbox has population data here too.
for (const person of TEST_PERSONS) {
  if (!findIdpPerson(person.id)) throw new Error(`idp-persons: ${person.id} has no VTJ data`);
}
