// The "file for whom" step on the server: list whom Suomi.fi Valtuudet lets the identified person act for,
// and decide a posted choice by asking Valtuudet again (its list and its check of that one mandate).
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import {
  createValtuudetClient,
  getValtuudetConfig,
  type TPrincipal,
  type TValtuudetClient,
} from "@/lib/suomifi/valtuudet-client";
import {
  decideFiling,
  offeredPrincipals,
  parseFilingChoice,
  type TFilingRefusal,
  type TFilingSettings,
} from "./decide-filing";
import { encryptDraftFiling, type TFiling } from "./filing";

export type TFiler = { henkilotunnus: string; name: string };

function client(): TValtuudetClient | undefined {
  const config = getValtuudetConfig();
  return config ? createValtuudetClient(config) : undefined;
}

const kindsOf = (settings: TFilingSettings) => ({
  persons: settings.mayFileForPerson,
  companies: settings.mayFileForCompany,
});

/** Whom the person may choose; "unavailable" when Valtuudet is not configured or cannot be reached. */
export async function listFilingOptions(
  settings: TFilingSettings,
  filer: TFiler,
): Promise<{ kind: "listed"; principals: TPrincipal[] } | { kind: "unavailable" }> {
  const valtuudet = client();
  if (!valtuudet) return { kind: "unavailable" };
  try {
    const listed = await valtuudet.listPrincipals(filer.henkilotunnus, kindsOf(settings));
    return { kind: "listed", principals: offeredPrincipals(settings, listed) };
  } catch (error) {
    logger.warn({ err: error }, "Suomi.fi Valtuudet: listing principals failed");
    return { kind: "unavailable" };
  }
}

export type TChooseFilingOutcome =
  | { kind: "chosen"; filing: TFiling }
  | { kind: "refused"; reason: TFilingRefusal; principalName?: string }
  | { kind: "unavailable" };

/** Decides the posted choice against Valtuudet; the post's principal is only a question, never an answer. */
export async function chooseFiling(
  settings: TFilingSettings,
  filer: TFiler,
  posted: unknown,
): Promise<TChooseFilingOutcome> {
  const choice = parseFilingChoice(posted);
  if (choice?.kind === "self") return { kind: "chosen", filing: { role: "self" } };
  const valtuudet = client();
  if (!valtuudet && choice) return { kind: "unavailable" };
  try {
    const listed =
      choice && valtuudet ? await valtuudet.listPrincipals(filer.henkilotunnus, kindsOf(settings)) : [];
    const principal = choice && listed.find((item) => item.kind === choice.kind && item.id === choice.id);
    const check =
      principal && valtuudet
        ? await valtuudet.checkMandate(filer.henkilotunnus, principal, settings.mandateIssueCode ?? undefined)
        : undefined;
    const decision = decideFiling(settings, choice, listed, check);
    if (decision.kind === "self") return { kind: "chosen", filing: { role: "self" } };
    if (decision.kind === "refused")
      return {
        kind: "refused",
        reason: decision.reason,
        principalName: principal ? principal.name : undefined,
      };
    return {
      kind: "chosen",
      filing: {
        role: decision.role,
        principal: {
          kind: decision.principal.kind,
          id: decision.principal.id,
          name: decision.principal.name,
        },
        filerName: filer.name,
        issueCode: settings.mandateIssueCode ?? undefined,
      },
    };
  } catch (error) {
    logger.warn({ err: error }, "Suomi.fi Valtuudet: checking a mandate failed");
    return { kind: "unavailable" };
  }
}

/** Stores the checked choice on an existing draft (one started before the choice could be read). */
export async function setDraftFiling(
  draftId: string,
  filing: { value: TFiling; principalIdHash: string | null },
): Promise<void> {
  await getPrisma().citizenDraft.update({
    where: { id: draftId },
    data: {
      filingEncrypted: encryptDraftFiling(filing.value, draftId),
      principalIdHash: filing.principalIdHash,
    },
  });
}
