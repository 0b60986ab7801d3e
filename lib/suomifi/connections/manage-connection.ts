import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-error";
import "server-only";
import { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { encryptString, decryptString } from "@/lib/crypto/encrypt-value";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import {
  CONNECTION_PASSWORD_CONTEXT,
  createClientForConnection,
  createConnectionPasswordStore,
} from "@/lib/suomifi/connections/connection-client";
import { recordSuomifiCall } from "@/lib/suomifi/connections/record-external-call";
import { DVV_POST_PROFILE_TEMPLATE, SANDBOX_POST_PROFILE, ZPostProfile } from "@/lib/suomifi/post-profile";
import { rotatePassword } from "@/lib/suomifi/rotate-password";
import { testConnection, type TConnectionTestResult } from "@/lib/suomifi/test-connection";

export const ENVIRONMENTS = ["sandbox", "qa", "production"] as const;
export type TEnvironment = (typeof ENVIRONMENTS)[number];

/** Default REST base URLs of DVV's environments (rest-api.md §1); the sandbox's comes from configuration. */
export function defaultRestBaseUrl(environment: TEnvironment): string {
  if (environment === "qa") return "https://api.messages-qa.suomi.fi";
  if (environment === "production") return "https://api.messages.suomi.fi";
  return getEnv().SUOMIFI_SANDBOX_URL;
}

export function defaultPostProfile(environment: TEnvironment) {
  return environment === "sandbox"
    ? SANDBOX_POST_PROFILE(getEnv().SUOMIFI_SANDBOX_URL)
    : DVV_POST_PROFILE_TEMPLATE;
}

const ZProfileJson = z.string().transform((text, context) => {
  try {
    return ZPostProfile.parse(JSON.parse(text));
  } catch (error) {
    const message =
      error instanceof z.ZodError
        ? error.issues.map((issue) => `${issue.path.join(".") || "(profile)"}: ${issue.message}`).join("; ")
        : "not valid JSON";
    context.addIssue({ code: "custom", message });
    return z.NEVER;
  }
});

export const ZSaveConnection = z.object({
  environment: z.enum(ENVIRONMENTS),
  restBaseUrl: z.url({ protocol: /^https?$/ }).max(300),
  username: z.string().trim().min(1).max(200),
  /** Empty keeps the stored password. */
  password: z
    .string()
    .max(500)
    .optional()
    .transform((value) => value || undefined),
  postOrganizationId: z.string().trim().min(1).max(200),
  postProfile: ZProfileJson,
});

export const ZAddService = z.object({
  connectionId: z.uuid(),
  serviceId: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200),
});
export const ZConnectionRef = z.object({ connectionId: z.uuid() });
export const ZServiceRef = z.object({ serviceRowId: z.uuid() });

export async function listConnections(organizationId: string) {
  const prisma = getPrisma();
  const connections = await prisma.suomifiConnection.findMany({
    where: { organizationId },
    include: {
      services: { orderBy: { createdAt: "asc" }, include: { _count: { select: { forms: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  const cursors = await prisma.retrievalCursor.findMany({
    where: { connectionId: { in: connections.map((connection) => connection.id) } },
    select: { connectionId: true, credentialsFailingSince: true },
  });
  return connections.map((connection) => ({
    ...connection,
    credentialsFailingSince:
      cursors.find((cursor) => cursor.connectionId === connection.id)?.credentialsFailingSince ?? null,
  }));
}

/** Creates or updates the organisation's connection for one environment and makes it the active one. */
export async function saveConnection(
  organizationId: string,
  input: z.output<typeof ZSaveConnection>,
  actor: TAuditActor,
) {
  const prisma = getPrisma();
  const existing = await prisma.suomifiConnection.findUnique({
    where: { organizationId_environment: { organizationId, environment: input.environment } },
  });
  if (!existing && !input.password) throw new ForbiddenError();
  const data = {
    restBaseUrl: input.restBaseUrl.replace(/\/+$/, ""),
    username: input.username,
    postOrganizationId: input.postOrganizationId,
    postProfile: input.postProfile,
    isActive: true,
    ...(input.password
      ? {
          passwordEncrypted: encryptString(input.password, { associatedData: CONNECTION_PASSWORD_CONTEXT }),
          pendingPasswordEncrypted: null,
        }
      : {}),
  };
  return prisma.$transaction(async (tx) => {
    const connection = existing
      ? await tx.suomifiConnection.update({ where: { id: existing.id }, data })
      : await tx.suomifiConnection.create({
          data: {
            ...data,
            organizationId,
            environment: input.environment,
            passwordEncrypted: data.passwordEncrypted!,
          },
        });
    await tx.suomifiConnection.updateMany({
      where: { organizationId, id: { not: connection.id } },
      data: { isActive: false },
    });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "suomifi.connection_saved",
        objectType: "suomifi_connection",
        objectId: connection.id,
        details: { environment: input.environment, isPasswordChanged: Boolean(input.password) },
      },
      tx,
    );
    return connection;
  });
}

async function findConnection(organizationId: string, connectionId: string) {
  const connection = await getPrisma().suomifiConnection.findFirst({
    where: { id: connectionId, organizationId },
  });
  if (!connection) throw new NotFoundError();
  return connection;
}

export async function addService(
  organizationId: string,
  input: z.output<typeof ZAddService>,
  actor: TAuditActor,
) {
  await findConnection(organizationId, input.connectionId);
  const service = await getPrisma().suomifiService.upsert({
    where: { connectionId_serviceId: { connectionId: input.connectionId, serviceId: input.serviceId } },
    create: { connectionId: input.connectionId, serviceId: input.serviceId, name: input.name },
    update: { name: input.name },
  });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "suomifi.service_saved",
    objectType: "suomifi_service",
    objectId: service.id,
  });
}

export async function removeService(
  organizationId: string,
  input: z.output<typeof ZServiceRef>,
  actor: TAuditActor,
) {
  const service = await getPrisma().suomifiService.findFirst({
    where: { id: input.serviceRowId, connection: { organizationId } },
    include: { _count: { select: { forms: true } } },
  });
  if (!service) throw new NotFoundError();
  if (service._count.forms > 0) throw new ForbiddenError();
  await getPrisma().suomifiService.delete({ where: { id: service.id } });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "suomifi.service_removed",
    objectType: "suomifi_service",
    objectId: service.id,
  });
}

/** The "test connection" button: fetch a token and one page of events with the stored credentials. */
export async function testStoredConnection(
  organizationId: string,
  input: z.output<typeof ZConnectionRef>,
  actor: TAuditActor,
): Promise<TConnectionTestResult> {
  const connection = await findConnection(organizationId, input.connectionId);
  const result = await testConnection({
    baseUrl: connection.restBaseUrl,
    username: connection.username,
    password: decryptString(connection.passwordEncrypted, { associatedData: CONNECTION_PASSWORD_CONTEXT }),
    timeoutMs: getEnv().SUOMIFI_REST_TIMEOUT_MS,
    onCall: recordSuomifiCall(organizationId),
  });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "suomifi.connection_tested",
    objectType: "suomifi_connection",
    objectId: connection.id,
    details: {
      isOk: result.isOk,
      ...(result.isOk ? {} : { problem: result.problem, status: result.status ?? null }),
    },
  });
  return result;
}

/** Changes the REST password at Suomi.fi to a new random one, storing it as pending first (safe rotation). */
export async function rotateStoredPassword(
  organizationId: string,
  input: z.output<typeof ZConnectionRef>,
  actor: TAuditActor,
) {
  const connection = await findConnection(organizationId, input.connectionId);
  const outcome = await rotatePassword(
    createClientForConnection(connection),
    createConnectionPasswordStore(connection.id),
  );
  await recordAuditEvent({
    organizationId,
    actor,
    action: "suomifi.password_rotated",
    objectType: "suomifi_connection",
    objectId: connection.id,
    details: { outcome },
  });
  return outcome;
}
