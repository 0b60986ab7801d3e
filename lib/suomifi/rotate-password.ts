// Safe rotation of the REST password (evaka's pattern): the new password is stored as pending BEFORE
// the change call, so an answer lost to a timeout can be resolved on the next run by trying it.
import { generateSuomifiPassword } from "./generate-password";
import type { TSuomifiRestClient } from "./rest-client";

/** The app implements this over encrypted storage; the helper never logs any value it returns. */
export type TPasswordStore = {
  getCurrent: () => Promise<string>;
  getPending: () => Promise<string | null>;
  setPending: (password: string) => Promise<void>;
  /** Makes the pending password the current one and clears pending. */
  promotePending: () => Promise<void>;
};

export type TRotationOutcome =
  /** A pending password from an earlier run worked: it is now current, nothing else was changed. */
  | "promoted-pending"
  /** A new password was set at Suomi.fi and stored as current. */
  | "rotated";

type TRotationClient = Pick<TSuomifiRestClient, "changePassword" | "isPasswordValid">;

/** Run at the start of every job that uses the password, and before rotating. */
export async function resolvePendingPassword(
  client: TRotationClient,
  store: TPasswordStore,
): Promise<"none" | "promoted-pending" | "kept-current"> {
  const pending = await store.getPending();
  if (pending === null) return "none";
  if (await client.isPasswordValid(pending)) {
    await store.promotePending();
    return "promoted-pending";
  }
  // The change never happened; the pending value is overwritten by the next rotation.
  return "kept-current";
}

export async function rotatePassword(
  client: TRotationClient,
  store: TPasswordStore,
  generate: () => string = generateSuomifiPassword,
): Promise<TRotationOutcome> {
  if ((await resolvePendingPassword(client, store)) === "promoted-pending") return "promoted-pending";
  const current = await store.getCurrent();
  const next = generate();
  await store.setPending(next);
  // On any failure the pending password stays: if the change did happen (answer lost), the next run's
  // resolvePendingPassword() finds it working and promotes it; otherwise it is overwritten.
  await client.changePassword(current, next);
  await store.promotePending();
  return "rotated";
}
