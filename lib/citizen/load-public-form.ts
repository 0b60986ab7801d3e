// Finds a published form by its public address, with what the citizen host needs: the live version's
// definition (cached by version id: published versions never change) and the Suomi.fi POST profile.
import "server-only";
import type { TFilingSettings } from "./decide-filing";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZFormDefinition, type TFormDefinition } from "@/lib/forms/definition";
import { ZLocalizedText, type TLocalizedText } from "@/lib/forms/localized-text";
import { ZPostProfile, type TPostProfile } from "@/lib/suomifi/post-profile";

export type TPublicForm = {
  id: string;
  slug: string;
  organizationId: string;
  organizationSlug: string;
  organizationName: string;
  versionId: string;
  version: number;
  definition: TFormDefinition;
  opensAt: Date | null;
  closesAt: Date | null;
  closedMessage: TLocalizedText | null;
  isPaused: boolean;
  pauseMessage: TLocalizedText | null;
  maxSubmissions: number | null;
  privacyNotice: TLocalizedText | null;
  accessibilityStatementUrl: string | null;
  draftLifetimeDays: number;
  /** Suomi.fi Identification before filling (lib/identification). */
  identification: "none" | "required" | "optional";
  /** Who may file besides oneself, and the Valtuudet issue code a mandate must cover (lib/citizen/decide-filing.ts). */
  filingSettings: TFilingSettings;
  /** Null when the form has no Suomi.fi service (it cannot be sent). */
  suomifi: { serviceId: string; postOrganizationId: string; profile: TPostProfile } | null;
};

const definitionCache = new Map<string, TFormDefinition>();

/** The definition of a published version, parsed once per process. */
export function cachedDefinition(versionId: string, raw: unknown): TFormDefinition {
  let definition = definitionCache.get(versionId);
  if (!definition) {
    definition = ZFormDefinition.parse(raw);
    definitionCache.set(versionId, definition);
  }
  return definition;
}

/** Any published version by id (drafts and submissions keep the version they started on). */
export async function loadVersionDefinition(versionId: string): Promise<TFormDefinition> {
  const cached = definitionCache.get(versionId);
  if (cached) return cached;
  const version = await getPrisma().formVersion.findUniqueOrThrow({ where: { id: versionId } });
  return cachedDefinition(version.id, version.definition);
}

function localizedOrNull(value: unknown): TLocalizedText | null {
  const parsed = ZLocalizedText.safeParse(value);
  return parsed.success ? parsed.data : null;
}

// Form settings can change (pause, close); a short cache keeps busy pages off the database.
const FORM_CACHE_MS = 5_000;
/** Unknown addresses are cached too (as null): a bound keeps made-up ones from growing the map without end. */
const FORM_CACHE_MAX_ENTRIES = 2_000;
const formCache = new Map<string, { at: number; form: TPublicForm | null }>();
/** At most one database read per form at a time: when the entry expires at a peak, waiting requests share it. */
const refills = new Map<string, Promise<TPublicForm | null>>();

export function clearPublicFormCache(): void {
  formCache.clear();
}

export async function loadPublicForm(
  organizationSlug: string,
  formSlug: string,
): Promise<TPublicForm | null> {
  const cacheKey = `${organizationSlug}/${formSlug}`;
  const cached = formCache.get(cacheKey);
  if (cached && Date.now() - cached.at < FORM_CACHE_MS) return cached.form;
  const pending = refills.get(cacheKey);
  if (pending) return pending;
  const refill = findPublicForm(organizationSlug, formSlug)
    .then((form) => {
      formCache.delete(cacheKey); // re-inserted last: the map's order is oldest first
      formCache.set(cacheKey, { at: Date.now(), form });
      if (formCache.size > FORM_CACHE_MAX_ENTRIES) formCache.delete(formCache.keys().next().value!);
      return form;
    })
    .finally(() => refills.delete(cacheKey));
  refills.set(cacheKey, refill);
  return refill;
}

async function findPublicForm(organizationSlug: string, formSlug: string): Promise<TPublicForm | null> {
  if (!/^[a-z0-9-]{1,100}$/.test(organizationSlug) || !/^[a-z0-9-]{1,100}$/.test(formSlug)) return null;
  const row = await getPrisma().form.findFirst({
    where: { slug: formSlug, status: "live", organization: { slug: organizationSlug } },
    include: {
      organization: true,
      liveVersion: true,
      suomifiService: { include: { connection: true } },
    },
  });
  if (!row || !row.liveVersion) return null;
  return toPublicForm(row, row.liveVersion, row.organization);
}

type TFormRow = Prisma.FormGetPayload<{
  include: { organization: true; liveVersion: true; suomifiService: { include: { connection: true } } };
}>;

function toPublicForm(
  row: TFormRow,
  version: { id: string; version: number; definition: unknown },
  organization: { id: string; slug: string; name: string },
): TPublicForm {
  const connection = row.suomifiService?.connection;
  const profile = connection ? ZPostProfile.safeParse(connection.postProfile) : undefined;
  return {
    id: row.id,
    slug: row.slug,
    organizationId: organization.id,
    organizationSlug: organization.slug,
    organizationName: organization.name,
    versionId: version.id,
    version: version.version,
    definition: cachedDefinition(version.id, version.definition),
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    closedMessage: localizedOrNull(row.closedMessage),
    isPaused: row.isPaused,
    pauseMessage: localizedOrNull(row.pauseMessage),
    maxSubmissions: row.maxSubmissions,
    privacyNotice: localizedOrNull(row.privacyNotice),
    accessibilityStatementUrl: row.accessibilityStatementUrl,
    draftLifetimeDays: row.draftLifetimeDays,
    identification: row.identification,
    filingSettings: {
      mayFileForPerson: row.identification === "required" && row.mayFileForPerson,
      mayFileForCompany: row.identification === "required" && row.mayFileForCompany,
      mandateIssueCode: row.mandateIssueCode?.trim() || null,
    },
    suomifi:
      connection && connection.isActive && profile?.success && row.suomifiService
        ? {
            serviceId: row.suomifiService.serviceId,
            postOrganizationId: connection.postOrganizationId,
            profile: profile.data,
          }
        : null,
  };
}

export type TFormAvailability = "open" | "notYetOpen" | "closed";

/** Opening and closing from the form's settings and the definition's own availability, whichever is stricter. */
export function formAvailability(form: TPublicForm, at: Date = now()): TFormAvailability {
  const definitionAvailability = form.definition.availability;
  const opens = [
    form.opensAt,
    definitionAvailability?.opensAt ? new Date(definitionAvailability.opensAt) : null,
  ]
    .filter((date): date is Date => date !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  const closes = [
    form.closesAt,
    definitionAvailability?.closesAt ? new Date(definitionAvailability.closesAt) : null,
  ]
    .filter((date): date is Date => date !== null)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  if (opens && at < opens) return "notYetOpen";
  if (closes && at >= closes) return "closed";
  return "open";
}

export function formClosesAt(form: TPublicForm): Date | null {
  const fromDefinition = form.definition.availability?.closesAt;
  const dates = [form.closesAt, fromDefinition ? new Date(fromDefinition) : null].filter(
    (d): d is Date => d !== null,
  );
  return dates.sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
}
