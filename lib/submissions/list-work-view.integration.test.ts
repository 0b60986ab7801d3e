// The work view finds a submission among thousands by reference, name and henkilötunnus, pages through all of
// them with keyset cursors (each row exactly once, both directions), and never shows the sender unmasked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { now } from "@/lib/clock";
import { encryptString } from "@/lib/crypto/encrypt-value";
import { retrievedSenderContext } from "@/lib/crypto/encryption-contexts";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  createTestOrganisation,
  createTestSubmission,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { backfillSenderNameHashes } from "@/lib/submissions/backfill-sender-name-hashes";
import { listWorkView, type TWorkViewItem, type TWorkViewRow } from "@/lib/submissions/list-work-view";
import { generateReference } from "@/lib/submissions/reference";
import { senderIdSearchHash, senderNameHashes } from "@/lib/submissions/sender-search";
import { ZWorkViewFilters, type TWorkViewFilters } from "@/lib/submissions/work-view-filters";
import { createSearchToken, readSearchToken } from "@/lib/submissions/work-view-search-token";
import type { TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

const sandbox = {
  url: "http://127.0.0.1:9",
  username: "u",
  password: "p",
  organisationId: "o",
  serviceId: "s",
};
const USER = crypto.randomUUID();
const COUNT = 5000;
const FIRST_NAMES = ["Maija", "Matti", "Aino", "Eino", "Liisa", "Pekka", "Sanna", "Juha"];
const LAST_NAMES = ["Meikäläinen", "Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen"];
// A valid henkilötunnus for row i: DDMMYY-NNNC (checksum over the nine digits).
function henkilotunnus(index: number): string {
  const day = String((index % 28) + 1).padStart(2, "0");
  const month = String((Math.floor(index / 28) % 12) + 1).padStart(2, "0");
  const individual = String(2 + (Math.floor(index / 336) % 897)).padStart(3, "0");
  const digits = Number(`${day}${month}80${individual}`);
  return `${day}${month}80-${individual}${"0123456789ABCDEFHJKLMNPRSTUVWXY"[digits % 31]}`;
}

const filters = (input: Record<string, string> = {}): TWorkViewFilters => ZWorkViewFilters.parse(input);

let org: TTestOrganisation;
const references: string[] = [];
const target = 3217;

beforeAll(async () => {
  org = await createTestOrganisation(sandbox as unknown as TTestSandbox);
  organisations.push(org.organization.id);
  const base = now().getTime() - COUNT * 60_000;
  const rows = Array.from({ length: COUNT }, (_, index) => {
    const reference = generateReference();
    references.push(reference);
    const name =
      index === target
        ? "Testilä Tessa"
        : `${LAST_NAMES[index % LAST_NAMES.length]} ${FIRST_NAMES[index % FIRST_NAMES.length]}`;
    return {
      organizationId: org.organization.id,
      formId: org.form.id,
      formVersionId: org.version.id,
      reference,
      language: "fi",
      answersEncrypted: "-",
      messageTextEncrypted: "-",
      textSha256: "-",
      integrityCode: "-",
      status: index % 7 === 0 ? ("handled" as const) : ("delivered" as const),
      // Three at a time share a millisecond, across page ends too: the id breaks the tie, so no row is
      // skipped or repeated.
      createdAt: new Date(base + Math.floor(index / 3) * 180_000),
      senderIdHash: senderIdSearchHash(henkilotunnus(index)),
      senderNameHashes: senderNameHashes(name),
    };
  });
  const started = performance.now();
  for (let start = 0; start < rows.length; start += 1000)
    await getPrisma().submission.createMany({ data: rows.slice(start, start + 1000) });
  console.log(`created ${COUNT} submissions in ${Math.round(performance.now() - started)} ms`);
}, 120_000);

const organisations: string[] = [];

afterAll(async () => {
  // The fixtures' contents are placeholders ("-"), not envelopes: leave none behind for tests that read every
  // encrypted value in the database (key rotation).
  const prisma = getPrisma();
  await prisma.retrievedMessage.deleteMany({ where: { organizationId: { in: organisations } } });
  await prisma.submission.deleteMany({ where: { organizationId: { in: organisations } } });
  await disconnectPrisma();
});

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`${label}: ${(performance.now() - started).toFixed(1)} ms`);
  return result;
}

/** The submissions of a page; a message row among them (none are made here) fails the test. */
function rowsOf(page: { items: TWorkViewRow[] }): TWorkViewItem[] {
  return page.items.map((item) => {
    if (item.kind !== "submission") throw new Error(`unexpected message row ${item.id}`);
    return item;
  });
}

describe("listWorkView among 5,000 submissions", () => {
  it("finds one by reference, typed loosely", async () => {
    const reference = references[target]!;
    const loose = reference.toLowerCase().replace(/-/g, " ");
    const page = await timed("by reference", () =>
      listWorkView(org.organization.id, USER, filters({ reference: loose }), null),
    );
    expect(rowsOf(page).map((item) => item.reference)).toEqual([reference]);
  });

  it("finds one by the sender's name in any order and case, through the keyed hashes", async () => {
    const token = createSearchToken(USER, { name: "tessa TESTILÄ" })!;
    const search = readSearchToken(USER, token);
    const page = await timed("by name", () => listWorkView(org.organization.id, USER, filters(), search));
    expect(rowsOf(page).map((item) => item.reference)).toEqual([references[target]]);
    expect(token).not.toMatch(/tessa|testil/i);
  });

  it("finds one by henkilötunnus, and the token says nothing of it", async () => {
    const code = henkilotunnus(target);
    const token = createSearchToken(USER, { henkilotunnus: ` ${code.toLowerCase()} ` })!;
    expect(token).not.toContain(code.slice(0, 6));
    const page = await timed("by henkilötunnus", () =>
      listWorkView(org.organization.id, USER, filters(), readSearchToken(USER, token)),
    );
    expect(rowsOf(page).map((item) => item.reference)).toEqual([references[target]]);
    expect(readSearchToken(crypto.randomUUID(), token)).toBeNull();
  });

  it("refuses an invalid henkilötunnus with a code the page translates", () => {
    expect(() => createSearchToken(USER, { henkilotunnus: "010280-952X" })).toThrow("invalidHenkilotunnus");
  });

  it.each(["newest", "oldest"] as const)(
    "pages through every row exactly once (%s first)",
    async (sort) => {
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      const started = performance.now();
      do {
        const page = await listWorkView(
          org.organization.id,
          USER,
          filters({ sort, ...(after ? { after } : {}) }),
          null,
        );
        seen.push(...rowsOf(page).map((item) => item.reference));
        after = page.next ?? undefined;
        pages += 1;
      } while (after);
      console.log(`paged ${sort}: ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      expect(seen).toHaveLength(COUNT);
      expect(new Set(seen).size).toBe(COUNT);
      const ends = sort === "newest" ? references.slice(-2) : references.slice(0, 3);
      expect(ends).toContain(seen[0]);
    },
    60_000,
  );

  it("pages back to where it came from", async () => {
    const first = await listWorkView(org.organization.id, USER, filters(), null);
    const second = await listWorkView(org.organization.id, USER, filters({ after: first.next! }), null);
    const back = await listWorkView(org.organization.id, USER, filters({ before: second.previous! }), null);
    expect(back.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
    expect(back.previous).toBeNull();
  });

  it("filters handled and not handled", async () => {
    const handled = await listWorkView(org.organization.id, USER, filters({ handled: "yes" }), null, 1000);
    expect(handled.items).toHaveLength(Math.ceil(COUNT / 7));
    expect(rowsOf(handled).every((item) => item.status === "handled")).toBe(true);
  });
});

describe("listWorkView senders", () => {
  it("masks the sender's henkilötunnus as 010280-****", async () => {
    const other = await createTestOrganisation(sandbox as unknown as TTestSandbox);
    organisations.push(other.organization.id);
    const retrieved = await createTestSubmission(other, { subject: "Haettu" });
    const pending = await createTestSubmission(other, { subject: "Odottaa" });
    const id = crypto.randomUUID();
    await getPrisma().retrievedMessage.create({
      data: {
        id,
        organizationId: other.organization.id,
        connectionId: other.connection.id,
        suomifiMessageId: BigInt(Date.now()),
        serviceId: "s",
        submissionId: retrieved.submission.id,
        match: "matched",
        integrityStatus: "valid",
        senderEncrypted: encryptString(JSON.stringify({ id: "010280-952L", name: "Maija Meikäläinen" }), {
          associatedData: retrievedSenderContext(id),
        }),
        sentAt: now(),
        retrievedAt: now(),
      },
    });
    const { items } = await listWorkView(other.organization.id, USER, filters(), null);
    expect(items.find((item) => item.id === retrieved.submission.id)?.senderMasked).toBe("010280-****");
    expect(items.find((item) => item.id === pending.submission.id)?.senderMasked).toBeNull();
    expect(JSON.stringify(items)).not.toMatch(/952L|Meikäläinen/);
  });
});

describe("backfillSenderNameHashes", () => {
  it("makes a submission retrieved before the work view findable by name", async () => {
    const other = await createTestOrganisation(sandbox as unknown as TTestSandbox);
    organisations.push(other.organization.id);
    const { submission } = await createTestSubmission(other);
    const id = crypto.randomUUID();
    const prisma = getPrisma();
    await prisma.submission.update({
      where: { id: submission.id },
      data: { status: "delivered", senderIdHash: senderIdSearchHash("010280-952L") },
    });
    await prisma.retrievedMessage.create({
      data: {
        id,
        organizationId: other.organization.id,
        connectionId: other.connection.id,
        suomifiMessageId: BigInt(Date.now()),
        serviceId: "s",
        submissionId: submission.id,
        match: "matched",
        integrityStatus: "valid",
        senderEncrypted: encryptString(JSON.stringify({ id: "010280-952L", name: "Vanha Veikko" }), {
          associatedData: retrievedSenderContext(id),
        }),
        sentAt: now(),
        retrievedAt: now(),
      },
    });
    const search = readSearchToken(USER, createSearchToken(USER, { name: "veikko vanha" })!);
    expect((await listWorkView(other.organization.id, USER, filters(), search)).items).toEqual([]);
    expect(await backfillSenderNameHashes(2)).toBeGreaterThanOrEqual(1);
    const found = await listWorkView(other.organization.id, USER, filters(), search);
    expect(found.items.map((item) => item.id)).toEqual([submission.id]);
    expect(await backfillSenderNameHashes()).toBe(0);
  });
});

describe("listWorkView with the citizens' other messages", () => {
  const MESSAGES = 600;
  const messageIds: string[] = [];
  let tessaMessage = "";

  beforeAll(async () => {
    // Inbox messages among the submissions' times, some on the very same milliseconds as submissions.
    const base = now().getTime() - COUNT * 60_000;
    const rows = Array.from({ length: MESSAGES }, (_, index) => {
      const id = crypto.randomUUID();
      messageIds.push(id);
      const name = index === 77 ? "Testilä Tessa" : `Viestittäjä ${index}`;
      if (index === 77) tessaMessage = id;
      return {
        id,
        organizationId: org.organization.id,
        connectionId: org.connection.id,
        suomifiMessageId: BigInt(9_000_000 + index),
        serviceId: sandbox.serviceId,
        match: index % 5 === 0 ? ("mention" as const) : ("unmatched" as const),
        integrityStatus: "not-checked",
        inboxState: index % 4 === 0 ? ("handled" as const) : ("new" as const),
        senderEncrypted: encryptString(JSON.stringify({ id: "010280-952L", name }), {
          associatedData: retrievedSenderContext(id),
        }),
        senderNameHashes: senderNameHashes(name),
        sentAt: new Date(base + index * 1_500_000),
        retrievedAt: new Date(base + Math.floor((index * 25) / 3) * 180_000),
      };
    });
    await getPrisma().retrievedMessage.createMany({ data: rows });
  }, 60_000);

  it.each(["newest", "oldest"] as const)(
    "pages through every submission and message exactly once, in one order (%s first)",
    async (sort) => {
      const seen: string[] = [];
      const times: number[] = [];
      let after: string | undefined;
      const started = performance.now();
      do {
        const page = await listWorkView(
          org.organization.id,
          USER,
          filters({ show: "all", sort, ...(after ? { after } : {}) }),
          null,
        );
        seen.push(...page.items.map((item) => item.id));
        times.push(...page.items.map((item) => item.createdAt.getTime()));
        after = page.next ?? undefined;
      } while (after);
      console.log(`paged all ${sort}: ${seen.length} rows in ${Math.round(performance.now() - started)} ms`);
      expect(seen).toHaveLength(COUNT + MESSAGES);
      expect(new Set(seen).size).toBe(COUNT + MESSAGES);
      const sorted = [...times].sort((a, b) => (sort === "newest" ? b - a : a - b));
      expect(times).toEqual(sorted);
    },
    90_000,
  );

  it("pages back through the merged list to the same rows", async () => {
    const first = await listWorkView(org.organization.id, USER, filters({ show: "all" }), null);
    const second = await listWorkView(
      org.organization.id,
      USER,
      filters({ show: "all", after: first.next! }),
      null,
    );
    const back = await listWorkView(
      org.organization.id,
      USER,
      filters({ show: "all", before: second.previous! }),
      null,
    );
    expect(back.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
  });

  it("shows messages apart, filtered by handled state and found by the sender's name", async () => {
    const open = await listWorkView(
      org.organization.id,
      USER,
      filters({ show: "messages", handled: "no" }),
      null,
      1000,
    );
    expect(open.items.every((item) => item.kind === "message" && item.inboxState !== "handled")).toBe(true);
    expect(open.items).toHaveLength(MESSAGES - MESSAGES / 4);
    const search = readSearchToken(USER, createSearchToken(USER, { name: "tessa testilä" })!);
    const found = await listWorkView(org.organization.id, USER, filters({ show: "all" }), search);
    // Tessa's submission and her message, each once.
    expect(found.items.map((item) => item.kind).sort()).toEqual(["message", "submission"]);
    expect(found.items.find((item) => item.kind === "message")).toMatchObject({
      id: tessaMessage,
      senderMasked: "010280-****",
      serviceName: "Lomake demo",
    });
    // A filter only a submission has (a form) leaves the messages out.
    const byForm = await listWorkView(
      org.organization.id,
      USER,
      filters({ show: "all", form: org.form.id }),
      search,
    );
    expect(byForm.items.map((item) => item.kind)).toEqual(["submission"]);
  });
});
