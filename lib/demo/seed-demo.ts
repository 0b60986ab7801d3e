import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createOwner } from "@/lib/accounts/create-owner";
import { now } from "@/lib/clock";
import { encryptString } from "@/lib/crypto/encrypt-value";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { ZFormDefinition } from "@/lib/forms/definition";
import { SANDBOX_POST_PROFILE } from "@/lib/suomifi/post-profile";
import { DEFAULT_SANDBOX_PASSWORD } from "@/lib/suomifi/sandbox/start-sandbox-server";

/** The demo organisation's owner. Development only: these are printed on first start and in the README. */
export const DEMO_OWNER = {
  email: "omistaja@demokunta.example",
  password: "Demokunta-salasana-2026",
  name: "Olli Omistaja",
  organizationSlug: "demo",
  organizationName: "Demokunta",
} as const;

export const DEMO_FORM_SLUGS = [
  "vahingonkorvausvaatimus",
  "todistusjaljennos",
  "taiteilija-apuraha",
] as const;

const RECEIPT_TEMPLATE = {
  title: {
    fi: "Vastaanottokuittaus: {formName}",
    sv: "Mottagningskvitto: {formName}",
    en: "Receipt: {formName}",
  },
  body: {
    fi: "Olemme vastaanottaneet lomakkeesi {formName}. Viitenumero: {reference}.\n\nKäsittelemme asian mahdollisimman pian.",
    sv: "Vi har tagit emot din blankett {formName}. Referensnummer: {reference}.\n\nVi behandlar ärendet så snart som möjligt.",
    en: "We have received your form {formName}. Reference number: {reference}.\n\nWe will process it as soon as possible.",
  },
};

const PRIVACY_NOTICE = {
  fi: "Demokunta käsittelee lomakkeella antamiasi tietoja asiasi hoitamiseksi (hallintolaki, tietosuoja-asetuksen 6 artiklan 1 e -kohta). Tietoja säilytetään arkistonmuodostussuunnitelman mukaisesti.",
  sv: "Demokunta behandlar uppgifterna på blanketten för att sköta ditt ärende (förvaltningslagen, artikel 6.1 e i dataskyddsförordningen). Uppgifterna bevaras enligt arkivbildningsplanen.",
  en: "Demokunta processes the information on this form to handle your matter (Administrative Procedure Act, Article 6(1)(e) GDPR). It is kept according to the archive formation plan.",
};

/**
 * Seeds the demo organisation: its owner, a connection to the Suomi.fi sandbox with one service, and the three
 * example forms published as version 1. Each part is created only when missing. Returns true when the owner was
 * created now (first start).
 */
export async function seedDemo(): Promise<boolean> {
  const prisma = getPrisma();
  let organization = await prisma.organization.findUnique({ where: { slug: DEMO_OWNER.organizationSlug } });
  const isCreated = !organization;
  if (!organization) organization = (await createOwner({ ...DEMO_OWNER })).organization;

  const sandboxUrl = getEnv().SUOMIFI_SANDBOX_URL;
  const connection = await prisma.suomifiConnection.upsert({
    where: { organizationId_environment: { organizationId: organization.id, environment: "sandbox" } },
    create: {
      organizationId: organization.id,
      environment: "sandbox",
      restBaseUrl: sandboxUrl,
      username: "lomake-demo",
      passwordEncrypted: encryptString(DEFAULT_SANDBOX_PASSWORD, { associatedData: "suomifi-connection" }),
      postOrganizationId: "lomake-demo-org",
      postProfile: SANDBOX_POST_PROFILE(sandboxUrl),
    },
    // The sandbox's address follows the configuration (tests run it on other ports).
    update: { restBaseUrl: sandboxUrl, postProfile: SANDBOX_POST_PROFILE(sandboxUrl) },
  });
  const service = await prisma.suomifiService.upsert({
    where: { connectionId_serviceId: { connectionId: connection.id, serviceId: "lomake-demo-service" } },
    create: { connectionId: connection.id, serviceId: "lomake-demo-service", name: "Demokunnan asiointi" },
    update: {},
  });

  for (const slug of DEMO_FORM_SLUGS) {
    const existing = await prisma.form.findUnique({
      where: { organizationId_slug: { organizationId: organization.id, slug } },
    });
    if (existing) continue;
    const raw = JSON.parse(readFileSync(path.resolve("prisma", "seed-forms", `${slug}.json`), "utf8"));
    const definition = ZFormDefinition.parse(raw);
    await prisma.$transaction(async (tx) => {
      const form = await tx.form.create({
        data: {
          organizationId: organization.id,
          slug,
          status: "live",
          suomifiServiceId: service.id,
          receiptTemplate: RECEIPT_TEMPLATE,
          privacyNotice: PRIVACY_NOTICE,
          closesAt:
            slug === "taiteilija-apuraha"
              ? new Date(`${now().getFullYear() + 1}-03-01T00:00:00+02:00`)
              : null,
        },
      });
      const version = await tx.formVersion.create({
        data: { formId: form.id, version: 1, definition, publishedAt: now(), note: "Demo" },
      });
      await tx.form.update({ where: { id: form.id }, data: { liveVersionId: version.id } });
    });
  }
  return isCreated;
}
