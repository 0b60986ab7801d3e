// Creates an organisation's first owner in production: npm run user:create -- --email a@b.fi --org slug
// --org-name "Kunta" [--name "Name"]. The password is read from LOMAKE_NEW_USER_PASSWORD or asked for.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { createOwner, ZCreateOwner } from "@/lib/accounts/create-owner";
import { disconnectPrisma } from "@/lib/db/prisma";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { getEnv, overrideEnv } from "@/lib/env";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    org: { type: "string" },
    "org-name": { type: "string" },
    name: { type: "string" },
  },
});
let password = getEnv().LOMAKE_NEW_USER_PASSWORD;
if (!password) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  password = await prompt.question("Password (at least 12 characters): ");
  prompt.close();
}
const parsed = ZCreateOwner.safeParse({
  email: values.email,
  password,
  name: values.name,
  organizationSlug: values.org,
  organizationName: values["org-name"] ?? values.org,
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
  console.error('Usage: npm run user:create -- --email owner@kunta.fi --org kunta --org-name "Kunta"');
  process.exit(1);
}
const database = await prepareDatabase();
overrideEnv({ DATABASE_URL: database.databaseUrl });
const { organization, user } = await createOwner(parsed.data);
console.log(`Owner ${user.email} of ${organization.name} (/${organization.slug}) is ready.`);
await disconnectPrisma();
await database.stop();
