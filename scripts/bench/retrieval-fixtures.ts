// Benchmark 3's data: N submissions of the seeded damage-compensation form as the citizen host stores them
// (valid answers, message text, integrity code; status handed_off), the same texts injected into the sandbox
// as the identified citizen's messages (control API), a webhook target and a local receiver.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { submissionAnswersContext, submissionMessageTextContext } from "@/lib/crypto/encryption-contexts";
import { encryptString } from "@/lib/crypto/encrypt-value";
import { getPrisma } from "@/lib/db/prisma";
import { encryptTargetSecrets } from "@/lib/delivery/target-secrets";
import { generateWebhookSecret } from "@/lib/delivery/webhook-signing";
import { canonicalAnswersJson } from "@/lib/forms/canonical-answers";
import { coerceFormInput } from "@/lib/forms/coerce-form-input";
import { lookupPostalCode } from "@/lib/forms/data/postal-codes";
import { ZFormDefinition } from "@/lib/forms/definition";
import { validateAnswers } from "@/lib/forms/validate-answers";
import { composeSubmissionText } from "@/lib/submissions/create-submission";
import { generateReference } from "@/lib/submissions/reference";
import { BENCH_CONTROL_SECRET } from "./bench-app";

const POSTED_ANSWERS: Record<string, string> = {
  fullName: "Tessa Testilä",
  personalIdentityCode: "010280-952L",
  "address.street": "Testikatu 1 A 2",
  "address.postalCode": "00100",
  "address.postOffice": "Helsinki",
  phone: "040 123 4567",
  email: "tessa@example.fi",
  damageDate: "3.2.2026",
  damagePlace: "Kauppakatu 5 kohdalla",
  damageType: "vehicle",
  vehicleRegistration: "ABC-123",
  hasVehicleInsurance: "no",
  description: "Auto ajoi syvään kuoppaan, jota ei ollut merkitty.\nRengas ja vanne rikkoutuivat.",
  claimedAmount: "350,50",
  iban: "FI49 5000 9420 0287 30",
  confirmTruthful: "on",
};

export type TBenchOrganisation = {
  organizationId: string;
  connectionId: string;
  formId: string;
  formVersionId: string;
};

export async function findDemoForm(): Promise<TBenchOrganisation & { definition: unknown }> {
  const prisma = getPrisma();
  const form = await prisma.form.findFirstOrThrow({
    where: { slug: "vahingonkorvausvaatimus", organization: { slug: "demo" } },
    include: { liveVersion: true },
  });
  const connection = await prisma.suomifiConnection.findFirstOrThrow({
    where: { organizationId: form.organizationId },
  });
  return {
    organizationId: form.organizationId,
    connectionId: connection.id,
    formId: form.id,
    formVersionId: form.liveVersion!.id,
    definition: form.liveVersion!.definition,
  };
}

/** Creates `count` handed-off submissions; returns their ids and the message text each citizen sends. */
export async function createSubmissions(count: number): Promise<{ ids: string[]; texts: string[] }> {
  const demo = await findDemoForm();
  const definition = ZFormDefinition.parse(demo.definition);
  const posted = Object.fromEntries(Object.entries(POSTED_ANSWERS).map(([key, value]) => [key, [value]]));
  const coerced = coerceFormInput(definition, undefined, posted);
  const validation = validateAnswers(definition, coerced, {
    language: "fi",
    lookups: { postalCode: lookupPostalCode },
  });
  if (validation.issues.length > 0)
    throw new Error(
      `bench answers are invalid: ${validation.issues.map((issue) => issue.path.join(".")).join(", ")}`,
    );
  const answersJson = canonicalAnswersJson(definition, validation.value);
  const ids: string[] = [];
  const texts: string[] = [];
  const rows = [];
  for (let index = 0; index < count; index += 1) {
    const id = crypto.randomUUID();
    const reference = generateReference();
    const composed = composeSubmissionText(definition, validation.value, "fi", reference, []);
    ids.push(id);
    texts.push(composed.text);
    rows.push({
      id,
      organizationId: demo.organizationId,
      formId: demo.formId,
      formVersionId: demo.formVersionId,
      reference,
      language: "fi",
      answersEncrypted: encryptString(answersJson, { associatedData: submissionAnswersContext(id) }),
      messageTextEncrypted: encryptString(composed.text, {
        associatedData: submissionMessageTextContext(id),
      }),
      textSha256: composed.textSha256,
      attachmentSha256s: [],
      integrityCode: composed.integrityCode,
      status: "handed_off" as const,
    });
  }
  for (let start = 0; start < rows.length; start += 500)
    await getPrisma().submission.createMany({ data: rows.slice(start, start + 500) });
  return { ids, texts };
}

/** Each text as a message the identified citizen sent (as the POST API stores it), a few calls at a time. */
export async function injectCitizenMessages(
  sandboxUrl: string,
  texts: string[],
  parallel = 8,
): Promise<void> {
  let next = 0;
  const injectOne = async () => {
    for (; next < texts.length;) {
      const body = texts[next++]!;
      const response = await fetch(`${sandboxUrl}/__control/citizen-messages`, {
        method: "POST",
        headers: { Authorization: `Bearer ${BENCH_CONTROL_SECRET}`, "Content-Type": "application/json" },
        body: JSON.stringify({
          personId: "010280-952L",
          serviceId: "lomake-demo-service",
          title: "Vahingonkorvausvaatimus",
          body,
        }),
      });
      if (!response.ok) throw new Error(`injecting a citizen message answered ${response.status}`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, injectOne));
}

export async function setConnectionActive(connectionId: string, isActive: boolean): Promise<void> {
  await getPrisma().suomifiConnection.update({ where: { id: connectionId }, data: { isActive } });
}

/** A webhook target of the demo organisation pointing at the receiver; the SSRF guard allows 127.0.0.1. */
export async function createWebhookTarget(organizationId: string, url: string): Promise<void> {
  const prisma = getPrisma();
  const id = crypto.randomUUID();
  await prisma.deliveryTarget.create({
    data: {
      id,
      organizationId,
      kind: "webhook",
      name: "Benchmark receiver",
      options: { url, senderDetail: "name-and-id", attachmentMode: "links" },
      secretsEncrypted: encryptTargetSecrets(id, [
        { id: "s1", secret: generateWebhookSecret(), createdAt: new Date().toISOString() },
      ]),
    },
  });
  await prisma.deliveryAllowlistEntry.upsert({
    where: { organizationId_cidr: { organizationId, cidr: "127.0.0.1/32" } },
    create: { organizationId, cidr: "127.0.0.1/32" },
    update: {},
  });
}

/** Records when each submission's webhook arrived (first arrival per submission id). */
export async function startReceiver(port: number) {
  const arrivals = new Map<string, number>();
  let duplicates = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const at = Date.now();
      try {
        const payload = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
          submission?: { id?: string };
        };
        const id = payload.submission?.id;
        if (id && !arrivals.has(id)) arrivals.set(id, at);
        else duplicates += 1;
      } catch {
        duplicates += 1;
      }
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${boundPort}/hooks/lomake`,
    arrivals,
    duplicates: () => duplicates,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
