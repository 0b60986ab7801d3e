// Seed of the sandbox's mailbox registry: Suomi.fi's official test persons (identification.md §8) plus two
// seen in open-source fakes. Their mailbox state here is the sandbox's choice, not the QA environment's.
export type TTestPerson = {
  id: string;
  name: string;
  hasActiveMailbox: boolean;
  hasAddressBlock: boolean;
  isDeceased: boolean;
  note: string;
};

export const TEST_PERSONS: readonly TTestPerson[] = [
  {
    id: "010280-952L",
    name: "Testilä Tessa",
    hasActiveMailbox: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: "Suomen kansalainen / Finnish citizen",
  },
  {
    id: "010469-999W",
    name: "Kivi Joni Kristian",
    hasActiveMailbox: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: "Suomen kansalainen / Finnish citizen",
  },
  {
    id: "010675-9981",
    name: "Sallinen Anna-Liisa Milka",
    hasActiveMailbox: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: "Sähköpostiosoite / has e-mail address",
  },
  {
    id: "040265-9985",
    name: "Marttila Minerva Alli Aniitta",
    hasActiveMailbox: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: "Vakinainen osoite ulkomailla / permanent address abroad",
  },
  {
    id: "260991-999R",
    name: "Huhtiistinen Ilmari Folke",
    hasActiveMailbox: true,
    hasAddressBlock: true,
    isDeceased: false,
    note: "Turvakielto / address information block",
  },
  {
    id: "210281-9988",
    name: "Demo Nordea",
    hasActiveMailbox: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: "Pankkitunnistuksen testihenkilö / bank test person",
  },
  {
    id: "181064-998C",
    name: "Viestitön Ville",
    hasActiveMailbox: false,
    hasAddressBlock: false,
    isDeceased: false,
    note: "Ei Suomi.fi-viestejä käytössä / no Suomi.fi Messages in use",
  },
  {
    id: "020365-999P",
    name: "Grönholm (kuollut)",
    hasActiveMailbox: false,
    hasAddressBlock: false,
    isDeceased: true,
    note: "Kuollut 1.11.2010 / deceased: identification fails",
  },
];

export const DECEASED_PERSON_IDS = new Set(
  TEST_PERSONS.filter((person) => person.isDeceased).map((person) => person.id),
);

/**
 * Mailboxes of the sandbox's test mandates (Suomi.fi Valtuudet emulated): the test IdP's minor (idp/idp-persons.ts,
 * same guardians) and a company (a Y-tunnus with a valid check digit).
 */
export const TEST_PRINCIPALS: readonly TTestPerson[] = [
  {
    id: "150315A9985",
    name: "Testilä Tuuli Alva",
    hasActiveMailbox: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: "Alaikäinen, huoltajat Tessa Testilä ja Joni Kivi / minor, guardians Tessa Testilä and Joni Kivi",
  },
  {
    id: "1912105-6",
    name: "Testiyritys Oy",
    hasActiveMailbox: true,
    hasAddressBlock: false,
    isDeceased: false,
    note: "Yritys, edustaja Testilä Tessa / company, represented by Tessa Testilä",
  },
];

/**
 * Issue codes (asiointiasiat) of the sandbox's mandates. The real codes are assigned by the Valtuudet register
 * and are unconfirmed here: a form names the code its matter needs in its settings, so none is built in.
 */
export const SANDBOX_ISSUE_CODES = {
  /** Matters of daily care a mandate holder may handle in the sandbox. */
  daycare: "lomake-sandbox-varhaiskasvatus",
  /** A narrower issue: library matters only (a mandate that does not cover most forms). */
  library: "lomake-sandbox-kirjasto",
} as const;

export type TTestMandate = {
  /** The person who acts (identifies). */
  agentId: string;
  /** Whose mailbox the message goes to: a person or a company. */
  principalId: string;
  /** guardian: a minor's guardian (from the population register); mandateHolder: a person's mandate;
   * representative: acts for a company (trade register roles). */
  role: "guardian" | "representative" | "mandateHolder";
  /** Issue codes the mandate covers; "all" for a guardian or a representative with signing rights. */
  issues: readonly string[] | "all";
  /** A company representative's roles (trade register codes, e.g. NIMKO = signing right); unconfirmed codes. */
  companyRoles?: readonly string[];
};

/** Who may act for whom in the sandbox; everyone else is refused, as Valtuudet would refuse them. */
export const TEST_MANDATES: readonly TTestMandate[] = [
  { agentId: "010280-952L", principalId: "150315A9985", role: "guardian", issues: "all" },
  { agentId: "010469-999W", principalId: "150315A9985", role: "guardian", issues: "all" },
  {
    agentId: "010280-952L",
    principalId: "1912105-6",
    role: "representative",
    issues: "all",
    companyRoles: ["NIMKO"],
  },
  // Anna-Liisa Sallinen holds a narrow mandate from Joni Kivi: library matters only.
  {
    agentId: "010675-9981",
    principalId: "010469-999W",
    role: "mandateHolder",
    issues: [SANDBOX_ISSUE_CODES.library],
  },
];

export function findTestMandate(agentId: string, principalId: string): TTestMandate | undefined {
  return TEST_MANDATES.find((mandate) => mandate.agentId === agentId && mandate.principalId === principalId);
}

/** The principal's name as Valtuudet would give it (a test person, a test principal or a company). */
export function testPartyName(id: string): string | undefined {
  return [...TEST_PERSONS, ...TEST_PRINCIPALS].find((party) => party.id === id)?.name;
}
