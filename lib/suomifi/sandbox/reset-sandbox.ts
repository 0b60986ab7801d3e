// Empties the sandbox and seeds the default system, service and test persons.
import type { TSandboxContext } from "./sandbox-context";
import { TEST_PERSONS, TEST_PRINCIPALS } from "./test-persons";

const TABLES = [
  "settings",
  "message_attachments",
  "events",
  "messages",
  "attachments",
  "pending_posts",
  "tokens",
  "services",
  "systems",
  "mailboxes",
  "faults",
  "idp_session_participants",
  "idp_sessions",
  "idp_authn_requests",
];

export async function resetSandbox(context: TSandboxContext): Promise<void> {
  const client = await context.pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `TRUNCATE ${TABLES.map((table) => `suomifi_sandbox.${table}`).join(", ")} RESTART IDENTITY`,
    );
    await seed(context, client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** Seeds only when the sandbox has no system yet, so restarts keep their data. */
export async function seedSandboxIfEmpty(context: TSandboxContext): Promise<void> {
  const { rows } = await context.pool.query("SELECT 1 FROM suomifi_sandbox.systems LIMIT 1");
  if (rows.length === 0) await resetSandbox(context);
}

async function seed(context: TSandboxContext, client: { query: TSandboxContext["pool"]["query"] }) {
  const { seed } = context;
  await client.query("INSERT INTO suomifi_sandbox.systems (username, password) VALUES ($1, $2)", [
    seed.username,
    seed.password,
  ]);
  await client.query(
    "INSERT INTO suomifi_sandbox.services (service_id, username, organisation_id, name) VALUES ($1, $2, $3, $4)",
    [seed.serviceId, seed.username, seed.organisationId, seed.serviceName],
  );
  for (const person of [...TEST_PERSONS, ...TEST_PRINCIPALS]) {
    await client.query(
      "INSERT INTO suomifi_sandbox.mailboxes (id, name, is_active, has_address_block, note) VALUES ($1, $2, $3, $4, $5)",
      [person.id, person.name, person.hasActiveMailbox, person.hasAddressBlock, person.note],
    );
  }
}
