// npm run keys:rotate: re-encrypts every encrypted column under the current key (the first of
// LOMAKE_ENCRYPTION_KEYS). Safe to stop and run again: it continues with the rows still under an old key.
//   npm run keys:rotate              rotate everything
//   npm run keys:rotate -- --status  only count values per key id (remove an old key once it protects none)
//   npm run keys:rotate -- --batch-size 50 --max-batches 100   spread a large rotation over several runs
import { parseArgs } from "node:util";
import { getKeyring } from "@/lib/crypto/keyring";
import { disconnectPrisma } from "@/lib/db/prisma";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { overrideEnv } from "@/lib/env";
import { countValuesByKeyId, rotateEncryptionKeys } from "@/lib/security/rotate-encryption-keys";

const { values } = parseArgs({
  options: {
    status: { type: "boolean", default: false },
    "batch-size": { type: "string" },
    "max-batches": { type: "string" },
  },
});
const positive = (text: string | undefined, name: string) => {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive whole number`);
    process.exit(2);
  }
  return value;
};
const batchSize = positive(values["batch-size"], "batch-size");
const maxBatches = positive(values["max-batches"], "max-batches");

const keyring = getKeyring();
const database = await prepareDatabase();
overrideEnv({ DATABASE_URL: database.databaseUrl });
let exitCode = 0;
try {
  console.log(`Current key: ${keyring.currentKeyId}; keys configured: ${keyring.keyIds.join(", ")}`);
  if (!values.status) {
    const report = await rotateEncryptionKeys({
      keyring,
      batchSize,
      maxBatches,
      onBatch: ({ table, column, rotated }) => console.log(`  ${table}.${column}: ${rotated} re-encrypted`),
    });
    for (const column of report.columns) {
      for (const failure of column.failed) {
        console.error(
          `  cannot re-encrypt ${column.table}.${column.column} id ${failure.id}: ${failure.reason}`,
        );
      }
      if (column.changedMeanwhile > 0) {
        console.log(
          `  ${column.table}.${column.column}: ${column.changedMeanwhile} changed meanwhile, run again`,
        );
      }
    }
    console.log(`Re-encrypted ${report.rotated} values; ${report.failed} could not be decrypted.`);
    if (report.failed > 0) exitCode = 1;
  }
  const counts = await countValuesByKeyId();
  const old = counts.filter((row) => row.keyId !== keyring.currentKeyId);
  for (const row of counts) console.log(`  ${row.table}.${row.column}: ${row.count} under key ${row.keyId}`);
  console.log(
    old.length === 0
      ? `Every value is under key ${keyring.currentKeyId}: older keys can be removed from the configuration.`
      : `${old.reduce((sum, row) => sum + row.count, 0)} values are still under older keys: keep those keys.`,
  );
} finally {
  await disconnectPrisma();
  await database.stop();
}
process.exit(exitCode);
