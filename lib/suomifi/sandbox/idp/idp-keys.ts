// The sandbox IdP's own keys: two signing key pairs ("a" and "b") as in Suomi.fi's metadata (current and next
// certificate). Generated on first use and kept in the sandbox schema, so a restarted sandbox keeps the
// certificates an SP has already read from its metadata; a reset keeps them too.
import { generate } from "selfsigned";
import type { TSandboxContext } from "../sandbox-context";

export type TIdpKeyId = "a" | "b";
export type TIdpKey = { id: TIdpKeyId; privateKey: string; certificate: string };

const KEY_IDS: readonly TIdpKeyId[] = ["a", "b"];

async function generateKey(id: TIdpKeyId): Promise<TIdpKey> {
  const notBeforeDate = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const pems = await generate([{ name: "commonName", value: `Lomake sandbox IdP signing ${id}` }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + 3 * 365 * 24 * 60 * 60 * 1000),
  });
  return { id, privateKey: pems.private, certificate: pems.cert };
}

const cache = new WeakMap<TSandboxContext, Promise<Record<TIdpKeyId, TIdpKey>>>();

async function loadOrCreate(context: TSandboxContext): Promise<Record<TIdpKeyId, TIdpKey>> {
  const keys: Partial<Record<TIdpKeyId, TIdpKey>> = {};
  for (const id of KEY_IDS) {
    const { rows } = await context.pool.query<{ private_key: string; certificate: string }>(
      "SELECT private_key, certificate FROM suomifi_sandbox.idp_keys WHERE id = $1",
      [id],
    );
    if (rows[0]) {
      keys[id] = { id, privateKey: rows[0].private_key, certificate: rows[0].certificate };
      continue;
    }
    const key = await generateKey(id);
    // Two sandbox processes starting together: the first insert wins and both read it back.
    await context.pool.query(
      "INSERT INTO suomifi_sandbox.idp_keys (id, private_key, certificate) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING",
      [id, key.privateKey, key.certificate],
    );
    const stored = await context.pool.query<{ private_key: string; certificate: string }>(
      "SELECT private_key, certificate FROM suomifi_sandbox.idp_keys WHERE id = $1",
      [id],
    );
    keys[id] = { id, privateKey: stored.rows[0]!.private_key, certificate: stored.rows[0]!.certificate };
  }
  return keys as Record<TIdpKeyId, TIdpKey>;
}

export function getIdpKeys(context: TSandboxContext): Promise<Record<TIdpKeyId, TIdpKey>> {
  let keys = cache.get(context);
  if (!keys) {
    keys = loadOrCreate(context);
    keys.catch(() => cache.delete(context));
    cache.set(context, keys);
  }
  return keys;
}

/** The certificate body without PEM armour, as metadata and KeyInfo carry it. */
export function certificateBody(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, "");
}
