// Key rotation: re-encrypts every value of every encrypted column that is not under the keyring's current key.
// Resumable by construction: each run selects only rows whose envelope names another key id, so a run that was
// stopped continues where it left off. Batched: one transaction per batch, and a row changed meanwhile (its
// value no longer what was read) is left for the next run instead of being overwritten.
import "server-only";

import { reEncrypt } from "@/lib/crypto/encrypt-value";
import { DecryptionError } from "@/lib/crypto/decryption-error";
import { getKeyring, type TKeyring } from "@/lib/crypto/keyring";
import { getPrisma } from "@/lib/db/prisma";
import { ENCRYPTED_COLUMNS, type TEncryptedColumn } from "@/lib/security/encrypted-columns";

export type TColumnRotation = {
  table: string;
  column: string;
  rotated: number;
  /** Rows written by someone else between read and write: picked up by the next run. */
  changedMeanwhile: number;
  /** Rows that could not be decrypted (unknown key id, tampered, malformed): ids and reasons, never values. */
  failed: { id: string; reason: string }[];
};

export type TRotationReport = {
  currentKeyId: string;
  columns: TColumnRotation[];
  rotated: number;
  failed: number;
};

export type TRotationOptions = {
  keyring?: TKeyring;
  /** Overrides each column's batch size (tests use small batches to prove batching). */
  batchSize?: number;
  /** Stops after this many batches in total (to spread work over several runs). */
  maxBatches?: number;
  onBatch?: (progress: { table: string; column: string; rotated: number }) => void;
  columns?: readonly TEncryptedColumn[];
};

type TRow = { id: string; value: string | Uint8Array };

/** SQL expression of the key id inside a column's envelope (see lib/crypto/envelope.ts for both forms). */
export function keyIdExpression(column: TEncryptedColumn): string {
  const name = `"${column.column}"`;
  return column.kind === "text"
    ? `split_part(${name}, '.', 2)`
    : `encode(substring(${name} from 6 for get_byte(${name}, 4)), 'escape')`;
}

/** Values that are envelopes at all: retention leaves "" in text columns it purged. */
function presentCondition(column: TEncryptedColumn): string {
  const name = `"${column.column}"`;
  return column.kind === "text"
    ? `${name} IS NOT NULL AND ${name} <> ''`
    : `${name} IS NOT NULL AND octet_length(${name}) >= 5`;
}

async function readBatch(column: TEncryptedColumn, currentKeyId: string, afterId: string, limit: number) {
  return getPrisma().$queryRawUnsafe<TRow[]>(
    `SELECT id::text AS id, "${column.column}" AS value FROM "${column.table}"
     WHERE ${presentCondition(column)} AND ${keyIdExpression(column)} <> $1 AND id > $2::uuid
     ORDER BY id LIMIT ${Number(limit)}`,
    currentKeyId,
    afterId,
  );
}

function reEncryptRow(column: TEncryptedColumn, row: TRow, keyring: TKeyring): string | Uint8Array {
  const associatedData = column.context(row.id);
  if (column.kind === "text") return reEncrypt(String(row.value), keyring, { associatedData });
  return new Uint8Array(reEncrypt(row.value as Uint8Array, keyring, { associatedData }));
}

async function rotateColumn(
  column: TEncryptedColumn,
  keyring: TKeyring,
  options: TRotationOptions,
  budget: { batches: number },
): Promise<TColumnRotation> {
  const result: TColumnRotation = {
    table: column.table,
    column: column.column,
    rotated: 0,
    changedMeanwhile: 0,
    failed: [],
  };
  const limit = options.batchSize ?? column.batchSize;
  let afterId = "00000000-0000-0000-0000-000000000000";
  while (budget.batches > 0) {
    const rows = await readBatch(column, keyring.currentKeyId, afterId, limit);
    if (rows.length === 0) break;
    budget.batches -= 1;
    afterId = rows[rows.length - 1]!.id;
    const updates: { id: string; old: TRow["value"]; next: TRow["value"] }[] = [];
    for (const row of rows) {
      try {
        updates.push({ id: row.id, old: row.value, next: reEncryptRow(column, row, keyring) });
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error;
        result.failed.push({ id: row.id, reason: error.reason });
      }
    }
    const written = await getPrisma().$transaction(async (tx) => {
      let count = 0;
      for (const update of updates) {
        count += await tx.$executeRawUnsafe(
          `UPDATE "${column.table}" SET "${column.column}" = $1 WHERE id = $2::uuid AND "${column.column}" = $3`,
          update.next,
          update.id,
          update.old,
        );
      }
      return count;
    });
    result.rotated += written;
    result.changedMeanwhile += updates.length - written;
    options.onBatch?.({ table: column.table, column: column.column, rotated: result.rotated });
    if (rows.length < limit) break;
  }
  return result;
}

export async function rotateEncryptionKeys(options: TRotationOptions = {}): Promise<TRotationReport> {
  const keyring = options.keyring ?? getKeyring();
  const budget = { batches: options.maxBatches ?? Number.POSITIVE_INFINITY };
  const columns: TColumnRotation[] = [];
  for (const column of options.columns ?? ENCRYPTED_COLUMNS) {
    columns.push(await rotateColumn(column, keyring, options, budget));
  }
  return {
    currentKeyId: keyring.currentKeyId,
    columns,
    rotated: columns.reduce((sum, column) => sum + column.rotated, 0),
    failed: columns.reduce((sum, column) => sum + column.failed.length, 0),
  };
}

/** How many values each key id protects, per column: an old key may be removed once it protects none. */
export async function countValuesByKeyId(
  columns: readonly TEncryptedColumn[] = ENCRYPTED_COLUMNS,
): Promise<{ table: string; column: string; keyId: string; count: number }[]> {
  const counts: { table: string; column: string; keyId: string; count: number }[] = [];
  for (const column of columns) {
    const rows = await getPrisma().$queryRawUnsafe<{ key_id: string; count: bigint }[]>(
      `SELECT ${keyIdExpression(column)} AS key_id, count(*) AS count FROM "${column.table}"
       WHERE ${presentCondition(column)} GROUP BY 1 ORDER BY 1`,
    );
    for (const row of rows) {
      counts.push({
        table: column.table,
        column: column.column,
        keyId: row.key_id,
        count: Number(row.count),
      });
    }
  }
  return counts;
}
