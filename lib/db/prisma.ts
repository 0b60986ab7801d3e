// The one Prisma client of a process. Prisma 7 runs its query compiler in Wasm through the pg adapter,
// so no native engine is needed.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getDatabaseUrl } from "@/lib/db/database-url";

const globalForPrisma = globalThis as unknown as { lomakePrisma?: PrismaClient };

function createPrismaClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: getDatabaseUrl(), max: 10 });
  return new PrismaClient({ adapter });
}

/** Lazily created so importing a module never opens a connection (builds, tests that need no database). */
export function getPrisma(): PrismaClient {
  globalForPrisma.lomakePrisma ??= createPrismaClient();
  return globalForPrisma.lomakePrisma;
}

export async function disconnectPrisma(): Promise<void> {
  await globalForPrisma.lomakePrisma?.$disconnect();
  globalForPrisma.lomakePrisma = undefined;
}
