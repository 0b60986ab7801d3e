// The control API (/__control/...): clock, faults, maintenance, configuration, injection, inspection, reset.
// Protected by `Authorization: Bearer <controlSecret>`; not part of Suomi.fi's API.
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { ZPostProfile } from "../post-profile";
import {
  injectCitizenEvent,
  injectCitizenMessages,
  ZCitizenEvent,
  ZInjectCitizenMessage,
} from "./control-citizen";
import { ASSERTION_FAULTS } from "./idp/build-saml-response";
import { registerServiceProvider } from "./idp/idp-service-providers";
import { sessionParticipants, setAssertionFault, setSigningKeyId } from "./idp/idp-state";
import { resetSandbox } from "./reset-sandbox";
import { getSettings, sandboxNow, setSetting, type TSandboxContext } from "./sandbox-context";
import { readAccessToken, readJson, sendJson, type TSandboxRequest } from "./sandbox-http";

type TControlRoute = {
  method: string;
  path: string;
  schema?: z.ZodType;
  run: (context: TSandboxContext, body: never) => Promise<unknown>;
};

const route = <S extends z.ZodType>(
  method: string,
  path: string,
  schema: S | undefined,
  run: (context: TSandboxContext, body: z.infer<S>) => Promise<unknown>,
): TControlRoute => ({ method, path, schema, run }) as TControlRoute;

const ZEmpty = z.object({}).optional();

const CONTROL_ROUTES: TControlRoute[] = [
  route("POST", "/__control/reset", ZEmpty, async (context) => {
    await resetSandbox(context);
    return { isReset: true };
  }),
  route("GET", "/__control/state", undefined, async (context) => {
    const settings = await getSettings(context);
    return { now: (await sandboxNow(context)).toISOString(), ...settings };
  }),
  route(
    "POST",
    "/__control/clock/advance",
    z.object({ seconds: z.number().min(0) }),
    async (context, body) => {
      const settings = await getSettings(context);
      await setSetting(context, "clockOffsetMs", settings.clockOffsetMs + Math.round(body.seconds * 1000));
      return { now: (await sandboxNow(context)).toISOString() };
    },
  ),
  route(
    "POST",
    "/__control/faults",
    z.object({
      endpoint: z.string().min(1),
      status: z.number().int().min(400).max(599).optional(),
      times: z.number().int().min(1).optional(),
      latencyMs: z.number().int().min(0).max(120_000).default(0),
    }),
    async (context, body) => {
      await context.pool.query(
        `INSERT INTO suomifi_sandbox.faults (endpoint, status, remaining, latency_ms) VALUES ($1, $2, $3, $4)
       ON CONFLICT (endpoint) DO UPDATE SET status = excluded.status, remaining = excluded.remaining, latency_ms = excluded.latency_ms`,
        [
          body.endpoint,
          body.status ?? 0,
          body.status === undefined ? null : (body.times ?? null),
          body.latencyMs,
        ],
      );
      return { endpoint: body.endpoint };
    },
  ),
  route("DELETE", "/__control/faults", undefined, async (context) => {
    await context.pool.query("DELETE FROM suomifi_sandbox.faults");
    return { isCleared: true };
  }),
  route("POST", "/__control/maintenance", z.object({ isEnabled: z.boolean() }), async (context, body) => {
    await setSetting(context, "isInMaintenance", body.isEnabled);
    return { isInMaintenance: body.isEnabled };
  }),
  route(
    "POST",
    "/__control/tokens/revoke",
    z.object({ username: z.string().optional() }).optional(),
    async (context, body) => {
      const result = await context.pool.query(
        "UPDATE suomifi_sandbox.tokens SET is_revoked = true WHERE ($1::text IS NULL OR username = $1) AND NOT is_revoked",
        [body?.username ?? null],
      );
      return { revoked: result.rowCount };
    },
  ),
  route(
    "PUT",
    "/__control/settings",
    z.object({
      pageSize: z.number().int().min(1).max(10_000).optional(),
      tokenTtlSeconds: z.number().int().min(1).optional(),
    }),
    async (context, body) => {
      if (body.pageSize !== undefined) await setSetting(context, "pageSize", body.pageSize);
      if (body.tokenTtlSeconds !== undefined)
        await setSetting(context, "tokenTtlSeconds", body.tokenTtlSeconds);
      return getSettings(context);
    },
  ),
  route("PUT", "/__control/post-profile", z.object({ profile: ZPostProfile }), async (context, body) => {
    await setSetting(context, "postProfile", body.profile);
    return { profile: body.profile };
  }),
  route(
    "PUT",
    "/__control/systems",
    z.object({ username: z.string().min(1), password: z.string().min(1) }),
    async (context, body) => {
      await context.pool.query(
        `INSERT INTO suomifi_sandbox.systems (username, password) VALUES ($1, $2)
       ON CONFLICT (username) DO UPDATE SET password = excluded.password`,
        [body.username, body.password],
      );
      return { username: body.username };
    },
  ),
  route(
    "PUT",
    "/__control/services",
    z.object({
      serviceId: z.string().min(1),
      username: z.string().min(1),
      organisationId: z.string().min(1),
      name: z.string().min(1),
      acceptsNewMessages: z.boolean().default(true),
    }),
    async (context, body) => {
      await context.pool.query(
        `INSERT INTO suomifi_sandbox.services (service_id, username, organisation_id, name, accepts_new_messages) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (service_id) DO UPDATE SET username = excluded.username, organisation_id = excluded.organisation_id, name = excluded.name, accepts_new_messages = excluded.accepts_new_messages`,
        [body.serviceId, body.username, body.organisationId, body.name, body.acceptsNewMessages],
      );
      return { serviceId: body.serviceId };
    },
  ),
  route(
    "PUT",
    "/__control/mailboxes",
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      isActive: z.boolean(),
      hasAddressBlock: z.boolean().default(false),
    }),
    async (context, body) => {
      await context.pool.query(
        `INSERT INTO suomifi_sandbox.mailboxes (id, name, is_active, has_address_block) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, is_active = excluded.is_active, has_address_block = excluded.has_address_block`,
        [body.id, body.name, body.isActive, body.hasAddressBlock],
      );
      return { id: body.id };
    },
  ),
  route("POST", "/__control/citizen-messages", ZInjectCitizenMessage, async (context, body) => ({
    messageIds: await injectCitizenMessages(context, body),
  })),
  route("POST", "/__control/citizen-events", ZCitizenEvent, async (context, body) => ({
    isCreated: await injectCitizenEvent(context, body),
  })),
  route("GET", "/__control/submissions", undefined, async (context) => {
    const { rows } = await context.pool.query(
      `SELECT m.post_id AS "postId", m.id::int AS "messageId", m.service_id AS "serviceId", m.person_id AS "personId",
         m.title, m.body, m.reference, to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
         coalesce((SELECT json_agg(json_build_object('attachmentId', a.id, 'filename', a.filename, 'mediaType', a.media_type, 'sizeBytes', a.size_bytes) ORDER BY ma.position)
           FROM suomifi_sandbox.message_attachments ma JOIN suomifi_sandbox.attachments a ON a.id = ma.attachment_id
           WHERE ma.message_id = m.id), '[]') AS attachments
       FROM suomifi_sandbox.messages m WHERE m.post_id IS NOT NULL ORDER BY m.id`,
    );
    return { submissions: rows };
  }),
  route("GET", "/__control/sent-messages", undefined, async (context) => {
    const { rows } = await context.pool.query(
      `SELECT id::int AS "messageId", channel, service_id AS "serviceId", person_id AS "recipientId", external_id AS "externalId",
         title, in_reply_to::int AS "inReplyToMessageId",
         request->'electronic'->'notifications'->'customisedNewMessageNotification' AS "customNotification"
       FROM suomifi_sandbox.messages WHERE direction = 'to_citizen' ORDER BY id`,
    );
    return { messages: rows };
  }),
  route(
    "PUT",
    "/__control/idp/service-providers",
    z.object({ metadata: z.string().min(1).max(200_000) }),
    async (context, body) => {
      const provider = await registerServiceProvider(context, body.metadata);
      return { entityId: provider.entityId, acsUrl: provider.acsUrl };
    },
  ),
  route(
    "PUT",
    "/__control/idp/signing-key",
    z.object({ keyId: z.enum(["a", "b"]) }),
    async (context, body) => {
      await setSigningKeyId(context, body.keyId);
      return { keyId: body.keyId };
    },
  ),
  route(
    "POST",
    "/__control/idp/faults",
    z.object({ fault: z.enum(ASSERTION_FAULTS), times: z.number().int().min(1).max(100).default(1) }),
    async (context, body) => {
      await setAssertionFault(context, body.fault, body.times);
      return { fault: body.fault, times: body.times };
    },
  ),
  route("DELETE", "/__control/idp/faults", undefined, async (context) => {
    await setAssertionFault(context, null);
    return { isCleared: true };
  }),
  route("GET", "/__control/idp/sessions", undefined, async (context) => {
    const { rows } = await context.pool.query<{ id: string; person_id: string; authn_context: string }>(
      "SELECT id, person_id, authn_context FROM suomifi_sandbox.idp_sessions ORDER BY created_at",
    );
    const sessions = [];
    for (const row of rows)
      sessions.push({
        personId: row.person_id,
        authnContext: row.authn_context,
        serviceProviders: (await sessionParticipants(context, row.id)).map((entry) => entry.spEntityId),
      });
    return { sessions };
  }),
];

function isAuthorised(context: TSandboxContext, request: TSandboxRequest): boolean {
  const given = Buffer.from(readAccessToken(request.req) ?? "");
  const expected = Buffer.from(context.controlSecret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function handleControl(context: TSandboxContext, request: TSandboxRequest): Promise<void> {
  if (!isAuthorised(context, request)) {
    request.req.resume();
    return sendJson(request.res, 401, { reason: "Control API needs Authorization: Bearer <controlSecret>" });
  }
  const match = CONTROL_ROUTES.find(
    (candidate) => candidate.method === request.req.method && candidate.path === request.url.pathname,
  );
  if (!match) return sendJson(request.res, 404, { reason: "Unknown control route" });
  let body: unknown;
  if (match.schema) {
    const parsed = match.schema.safeParse(await readJson(request.req, 50 * 1024 * 1024));
    if (!parsed.success)
      return sendJson(request.res, 400, { reason: "Invalid body", issues: parsed.error.issues });
    body = parsed.data;
  }
  try {
    sendJson(request.res, 200, await match.run(context, body as never));
  } catch (error) {
    sendJson(request.res, 400, { reason: error instanceof Error ? error.message : "Failed" });
  }
}
