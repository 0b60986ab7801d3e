// Single logout from Lomake's side. Ours: end the local session first, then send Suomi.fi a signed
// LogoutRequest (NameID + SessionIndex) and read its LogoutResponse. Theirs: a signed LogoutRequest arriving in
// Suomi.fi's hidden iframe carries no cookie, so the session is found by the NameID's keyed hash and ended,
// and a signed LogoutResponse goes back.
import "server-only";

import type { Profile } from "@node-saml/node-saml";
import { logger } from "@/lib/log/logger";
import { IdentificationRefusedError } from "./identification-refusal";
import { endIdentificationSession, endSessionsByNameId } from "./identification-session";
import { createServiceProvider } from "./service-provider";

const DEFAULT_SETTINGS = { identificationLevel: "substantial", isEidasAllowed: false } as const;

/** Ends this browser's session; returns where to send the browser (Suomi.fi's SLO, or undefined: no session). */
export async function startLogout(
  sessionToken: string | undefined,
  returnPath: string,
): Promise<string | undefined> {
  const ended = await endIdentificationSession(sessionToken);
  if (!ended) return undefined;
  const provider = await createServiceProvider(DEFAULT_SETTINGS);
  const profile: Profile = {
    issuer: provider.idp.entityId,
    nameID: ended.identity.nameId,
    nameIDFormat: ended.identity.nameIdFormat,
    sessionIndex: ended.identity.sessionIndex,
  };
  return provider.saml.getLogoutUrlAsync(profile, returnPath, {});
}

export type TSloOutcome =
  { kind: "respond"; redirectUrl: string } | { kind: "logged-out"; relayState?: string };

/** GET /saml/slo (Redirect binding): a LogoutRequest from Suomi.fi, or its LogoutResponse to ours. */
export async function handleSingleLogout(search: string): Promise<TSloOutcome> {
  const provider = await createServiceProvider(DEFAULT_SETTINGS);
  const query = Object.fromEntries(new URLSearchParams(search));
  const originalQuery = search.replace(/^\?/, "");
  // node-saml verifies a signature only when one is present: Suomi.fi signs every logout message, so an
  // unsigned one is refused here before it can end anyone's session.
  if (!query.Signature || !query.SigAlg) {
    logger.warn({ reason: "unsigned" }, "identification: logout message refused");
    throw new IdentificationRefusedError("invalid-signature");
  }
  let result;
  try {
    result = await provider.saml.validateRedirectAsync(query, originalQuery);
  } catch (error) {
    logger.warn(
      { reason: error instanceof Error ? error.message : "unknown" },
      "identification: logout message refused",
    );
    throw new IdentificationRefusedError("invalid-signature");
  }
  if (query.SAMLRequest && result.profile) {
    const count = await endSessionsByNameId(result.profile.nameID, result.profile.sessionIndex);
    logger.info({ sessions: count }, "identification: logout started at Suomi.fi");
    const redirectUrl = await provider.saml.getLogoutResponseUrlAsync(
      result.profile,
      query.RelayState ?? "",
      {},
      true,
    );
    return { kind: "respond", redirectUrl };
  }
  return { kind: "logged-out", relayState: query.RelayState };
}
