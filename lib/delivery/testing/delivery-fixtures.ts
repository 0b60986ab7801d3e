// Integration-test fixtures: an organisation with a sandbox connection, a form, submissions as the citizen host
// makes them, a webhook target, and a local receiver that verifies Standard Webhooks signatures.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import {
  storedFileContext,
  submissionAnswersContext,
  submissionMessageTextContext,
} from "@/lib/crypto/encryption-contexts";
import { encryptBytes, encryptJson, encryptString } from "@/lib/crypto/encrypt-value";
import { randomToken, sha256Hex } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";
import { encryptTargetSecrets } from "@/lib/delivery/target-secrets";
import { generateWebhookSecret } from "@/lib/delivery/webhook-signing";
import { normaliseMessageText } from "@/lib/forms/render-answers-text";
import { computeIntegrityCode } from "@/lib/submissions/integrity-code";
import { generateReference } from "@/lib/submissions/reference";
import { SANDBOX_POST_PROFILE } from "@/lib/suomifi/post-profile";
import type { TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

export const TEST_DEFINITION = {
  schemaVersion: 1,
  languages: ["fi", "sv", "en"],
  title: { fi: "Palaute", sv: "Respons", en: "Feedback" },
  pages: [
    {
      id: "p1",
      title: { fi: "Tiedot", sv: "Uppgifter", en: "Details" },
      elements: [
        {
          type: "shortText",
          key: "subject",
          label: { fi: "Aihe", sv: "Ämne", en: "Subject" },
          required: true,
        },
        { type: "longText", key: "message", label: { fi: "Viesti", sv: "Meddelande", en: "Message" } },
      ],
    },
  ],
};

/**
 * The dispatcher runs every organisation's due deliveries, so a test that counts what one run did starts from a
 * queue that holds only its own: deliveries earlier test files left due (their targets long gone) are cancelled.
 */
export async function cancelDueDeliveries(): Promise<void> {
  await getPrisma().delivery.updateMany({
    where: { status: { in: ["pending", "in_progress"] } },
    data: { status: "cancelled" },
  });
}

export async function createTestOrganisation(sandbox: TTestSandbox) {
  const prisma = getPrisma();
  const slug = `delivery-${randomToken(16)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 12)}`;
  const organization = await prisma.organization.create({ data: { slug, name: `Testikunta ${slug}` } });
  const connection = await prisma.suomifiConnection.create({
    data: {
      organizationId: organization.id,
      environment: "sandbox",
      restBaseUrl: sandbox.url,
      username: sandbox.username,
      passwordEncrypted: encryptString(sandbox.password, { associatedData: "suomifi-connection" }),
      postOrganizationId: sandbox.organisationId,
      postProfile: SANDBOX_POST_PROFILE(sandbox.url),
      services: { create: { serviceId: sandbox.serviceId, name: "Lomake demo" } },
    },
    include: { services: true },
  });
  const form = await prisma.form.create({
    data: {
      organizationId: organization.id,
      slug: "palaute",
      status: "live",
      suomifiServiceId: connection.services[0]!.id,
      receiptTemplate: {
        title: { fi: "Kiitos: {formName}", sv: "Tack: {formName}", en: "Thanks: {formName}" },
        body: {
          fi: "Saimme lomakkeen {reference}.",
          sv: "Vi fick blanketten {reference}.",
          en: "We got form {reference}.",
        },
      },
    },
  });
  const version = await prisma.formVersion.create({
    data: { formId: form.id, version: 1, definition: TEST_DEFINITION, publishedAt: new Date() },
  });
  await prisma.form.update({ where: { id: form.id }, data: { liveVersionId: version.id } });
  return { organization, connection, form, version };
}

export type TTestOrganisation = Awaited<ReturnType<typeof createTestOrganisation>>;

/** A submission as the citizen host stores it, and the message text the browser posts to Suomi.fi. */
export async function createTestSubmission(
  org: TTestOrganisation,
  options: {
    subject?: string;
    /** Files uploaded with the form; Lomake keeps a copy of each (as the citizen host does). */
    attachments?: { filename: string; content: Buffer }[];
    language?: "fi" | "sv" | "en";
  } = {},
) {
  const prisma = getPrisma();
  const id = crypto.randomUUID();
  const reference = generateReference();
  const subject = options.subject ?? "Katuvalo rikki";
  const attachmentSha256s = (options.attachments ?? []).map((a) => sha256Hex(a.content));
  const text = normaliseMessageText(
    [
      "Palaute",
      "",
      "Tiedot",
      `Aihe: ${subject}`,
      "Viesti: -",
      ...attachmentSha256s.map((hash, i) => `Liite ${options.attachments![i]!.filename} SHA-256 ${hash}`),
      "",
      `Viitenumero: ${reference}`,
    ].join("\n"),
  );
  const textSha256 = sha256Hex(text);
  const integrityCode = computeIntegrityCode({ reference, textSha256, attachmentSha256s });
  const messageText = `${text}\nTarkistuskoodi: ${integrityCode}`;
  const submission = await prisma.submission.create({
    data: {
      id,
      organizationId: org.organization.id,
      formId: org.form.id,
      formVersionId: org.version.id,
      reference,
      language: options.language ?? "fi",
      answersEncrypted: encryptJson(
        { schemaVersion: 1, answers: { subject, message: null } },
        { associatedData: submissionAnswersContext(id) },
      ),
      messageTextEncrypted: encryptString(messageText, { associatedData: submissionMessageTextContext(id) }),
      textSha256,
      attachmentSha256s,
      integrityCode,
      status: "handed_off",
    },
  });
  for (const attachment of options.attachments ?? []) {
    const fileId = crypto.randomUUID();
    await prisma.storedFile.create({
      data: {
        id: fileId,
        organizationId: org.organization.id,
        submissionId: id,
        fieldKey: "attachments",
        name: attachment.filename,
        mediaType: "application/pdf",
        sizeBytes: attachment.content.byteLength,
        sha256: sha256Hex(attachment.content),
        contentEncrypted: new Uint8Array(
          encryptBytes(attachment.content, { associatedData: storedFileContext(fileId) }),
        ),
        scanStatus: "clean",
      },
    });
  }
  return { submission, messageText, reference, subject };
}

/** What the citizen's browser would post: inject it into the sandbox as the identified person's message. */
export async function sendAsCitizen(
  sandbox: TTestSandbox,
  body: string,
  options: {
    personId?: string;
    /** Sent by this person for the mailbox owner `personId` (acting on behalf). */
    agentId?: string;
    attachments?: { filename: string; content: Buffer }[];
  } = {},
): Promise<number> {
  const { messageIds } = await sandbox.control<{ messageIds: number[] }>("POST", "citizen-messages", {
    personId: options.personId ?? "010280-952L",
    agentId: options.agentId,
    serviceId: sandbox.serviceId,
    title: "Palaute",
    body,
    attachments: (options.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentBase64: a.content.toString("base64"),
    })),
  });
  return messageIds[0]!;
}

export async function createWebhookTarget(
  org: TTestOrganisation,
  url: string,
  options: { senderDetail?: string; attachmentMode?: string; allowCidr?: string | null } = {},
) {
  const prisma = getPrisma();
  const secret = generateWebhookSecret();
  const id = crypto.randomUUID();
  const target = await prisma.deliveryTarget.create({
    data: {
      id,
      organizationId: org.organization.id,
      kind: "webhook",
      name: "Asianhallinta",
      options: {
        url,
        senderDetail: options.senderDetail ?? "name-and-id",
        attachmentMode: options.attachmentMode ?? "links",
      },
      secretsEncrypted: encryptTargetSecrets(id, [{ id: "s1", secret, createdAt: new Date().toISOString() }]),
    },
  });
  if (options.allowCidr !== null) {
    await prisma.deliveryAllowlistEntry.upsert({
      where: {
        organizationId_cidr: {
          organizationId: org.organization.id,
          cidr: options.allowCidr ?? "127.0.0.1/32",
        },
      },
      create: { organizationId: org.organization.id, cidr: options.allowCidr ?? "127.0.0.1/32" },
      update: {},
    });
  }
  return { target, secret };
}

export type TReceived = { webhookId: string; payload: Record<string, unknown>; isValid: boolean };

/** A local webhook receiver; `failWith` makes it answer an error status until cleared. */
export async function startWebhookReceiver(getSecret: () => string) {
  const received: TReceived[] = [];
  const state: {
    failWith: number | null;
    /** Runs while the request is in flight, before the receiver answers. */
    whileInFlight?: () => Promise<void>;
  } = { failWith: null };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      await state.whileInFlight?.();
      const body = Buffer.concat(chunks).toString("utf8");
      if (state.failWith !== null) {
        response.writeHead(state.failWith).end("temporarily unavailable");
        return;
      }
      let isValid = true;
      try {
        new Webhook(getSecret()).verify(body, request.headers as Record<string, string>);
      } catch {
        isValid = false;
      }
      received.push({
        webhookId: String(request.headers["webhook-id"]),
        payload: JSON.parse(body) as Record<string, unknown>,
        isValid,
      });
      response.writeHead(isValid ? 204 : 401).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/lomake`,
    received,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The form asks for the person's postal address (a top-level address field): where a paper letter goes. */
export async function addAddressField(org: TTestOrganisation): Promise<void> {
  const page = TEST_DEFINITION.pages[0]!;
  await getPrisma().formVersion.update({
    where: { id: org.version.id },
    data: {
      definition: {
        ...TEST_DEFINITION,
        pages: [
          {
            ...page,
            elements: [
              ...page.elements,
              { type: "address", key: "address", label: { fi: "Osoite", sv: "Adress", en: "Address" } },
            ],
          },
        ],
      },
    },
  });
}

/** A test submission whose answers hold a postal address (for forms made by addAddressField). */
export async function createTestSubmissionWithAddress(org: TTestOrganisation) {
  const created = await createTestSubmission(org);
  await getPrisma().submission.update({
    where: { id: created.submission.id },
    data: {
      answersEncrypted: encryptJson(
        {
          schemaVersion: 1,
          answers: {
            subject: created.subject,
            message: null,
            address: { street: "Paperitie 3 B 7", postalCode: "33100", postOffice: "TAMPERE", country: "FI" },
          },
        },
        { associatedData: submissionAnswersContext(created.submission.id) },
      ),
    },
  });
  return created;
}
