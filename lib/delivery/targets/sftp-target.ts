// SFTP target: each submission as a JSON file plus its attachments, written under temporary names and renamed
// into place (attachments first, the JSON last, so a receiver that sees the JSON finds every file it lists).
// The host key is pinned when the owner saves; authentication is by key only, the key stored encrypted.
import "server-only";
import path from "node:path/posix";
import ssh2 from "ssh2";
import { z } from "zod";
import { buildDeliveryPayload, payloadAttachments } from "@/lib/delivery/build-delivery-payload";
import { readAttachmentBytes } from "@/lib/delivery/load-submission-contents";
import type { TAdapterContext, TTargetAdapterOf } from "@/lib/delivery/target-adapter";
import { ZSenderDetail } from "@/lib/delivery/targets/payload-options";
import {
  connectSftp,
  describeSftpError,
  SftpHostKeyMismatchError,
  type TSftpCredentials,
} from "@/lib/delivery/targets/sftp-connection";
import { OutboundBlockedError } from "@/lib/http/guarded-fetch";

// ssh2 is CommonJS: Node's ESM loader (the worker, tsx) sees only its default export.
const { utils } = ssh2;

const ZHostKeySha256 = z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/, { error: "hostKey" });
const ZDirectory = z
  .string()
  .trim()
  .min(1, { error: "directory" })
  .max(500, { error: "directory" })
  .refine((value) => !value.includes("\0") && !value.split("/").includes(".."), { error: "directory" });

export const ZSftpOptions = z.object({
  host: z
    .string()
    .trim()
    .min(1, { error: "host" })
    .max(253, { error: "host" })
    .regex(/^[A-Za-z0-9.:-]+$/, { error: "host" }),
  port: z.coerce.number().int().min(1, { error: "port" }).max(65535, { error: "port" }).default(22),
  username: z
    .string()
    .trim()
    .min(1, { error: "username" })
    .max(100, { error: "username" })
    .regex(/^[A-Za-z0-9._@-]+$/, { error: "username" }),
  directory: ZDirectory,
  hostKeySha256: ZHostKeySha256,
  senderDetail: ZSenderDetail.default("name"),
});
export type TSftpOptions = z.infer<typeof ZSftpOptions>;

const ZSftpSecrets = z.object({ privateKey: z.string(), passphrase: z.string().optional() });

export const ZSftpForm = ZSftpOptions.extend({
  privateKey: z.string().trim().min(1, { error: "privateKey" }).max(20_000, { error: "privateKey" }),
  passphrase: z.string().max(500).optional(),
  /** The owner compared the fingerprint shown with the server's own. */
  hostKeyConfirmed: z.literal("on", { error: "hostKeyConfirmed" }),
});
type TSftpForm = z.infer<typeof ZSftpForm>;

/** A file name safe on any server: letters, digits, dot, dash and underscore, never hidden. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .replace(/^[._]+/, "")
    .slice(-120);
  return cleaned || "file";
}

function credentialsOf(secrets: unknown): TSftpCredentials {
  return ZSftpSecrets.parse(secrets);
}

/** Writes bytes under a hidden temporary name in the same directory, then renames it over the final name. */
async function writeAtomically(
  sftp: Awaited<ReturnType<typeof connectSftp>>,
  directory: string,
  name: string,
  bytes: Buffer,
  token: string,
) {
  const finalPath = path.join(directory, name);
  const temporaryPath = path.join(directory, `.${name}.${token}.part`);
  await sftp.put(bytes, temporaryPath);
  // posix-rename@openssh.com replaces an earlier copy (a retry, a replay) in one step; plain SFTP rename refuses.
  await sftp.posixRename(temporaryPath, finalPath);
  return finalPath;
}

async function probeDirectory(context: {
  organizationId: string;
  options: TSftpOptions;
  credentials: TSftpCredentials;
}) {
  const sftp = await connectSftp(
    { ...context.options, organizationId: context.organizationId },
    context.credentials,
  );
  try {
    const probe = path.join(context.options.directory, `.lomake-probe-${crypto.randomUUID()}`);
    await sftp.put(Buffer.from("lomake\n"), probe);
    await sftp.delete(probe);
  } finally {
    await sftp.end().catch(() => undefined);
  }
}

async function checkHealth({ target, options, secrets }: TAdapterContext<TSftpOptions>) {
  const startedAt = performance.now();
  try {
    await probeDirectory({
      organizationId: target.organizationId,
      options,
      credentials: credentialsOf(secrets),
    });
    return { isHealthy: true, durationMs: Math.round(performance.now() - startedAt), detail: "OK" };
  } catch (error) {
    return {
      isHealthy: false,
      durationMs: Math.round(performance.now() - startedAt),
      detail: describeSftpError(error),
    };
  }
}

export const sftpTarget: TTargetAdapterOf<TSftpOptions, TSftpForm> = {
  mode: "push",
  optionsSchema: ZSftpOptions,
  formSchema: ZSftpForm,
  prepareSave: async ({ organizationId, form }) => {
    const { privateKey: rawKey, passphrase: rawPassphrase, hostKeyConfirmed: _confirmed, ...options } = form;
    const privateKey = `${rawKey.replace(/\r\n/g, "\n").trim()}\n`;
    const passphrase = rawPassphrase ? rawPassphrase : undefined;
    const parsed = utils.parseKey(privateKey, passphrase);
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (!key || key instanceof Error || !key.isPrivateKey())
      return { ok: false, field: "privateKey", code: "sftp-error-private-key" };
    const credentials = { privateKey, ...(passphrase ? { passphrase } : {}) };
    try {
      await probeDirectory({ organizationId, options, credentials });
    } catch (error) {
      const code =
        error instanceof SftpHostKeyMismatchError
          ? "host-key-mismatch"
          : /authentication/i.test(String(error))
            ? "authentication"
            : /no such file|permission denied|failure/i.test(String(error))
              ? "directory"
              : "unreachable";
      return {
        ok: false,
        field: code === "authentication" ? "privateKey" : code === "directory" ? "directory" : "host",
        code: `sftp-error-${code}`,
        detail: describeSftpError(error),
      };
    }
    return { ok: true, options, secrets: credentials };
  },
  deliver: async ({ delivery, target, options, secrets }) => {
    const startedAt = performance.now();
    const elapsed = () => Math.round(performance.now() - startedAt);
    let json: Buffer;
    let files: { name: string; bytes: Buffer }[];
    let reference: string;
    try {
      const built = await buildDeliveryPayload(delivery, {
        senderDetail: options.senderDetail,
        attachmentMode: "links",
      });
      reference = safeFileName(built.name);
      files = [];
      const listed = payloadAttachments(built.payload);
      const attachments = [];
      for (const [index, attachment] of built.files.entries()) {
        const read = await readAttachmentBytes(attachment.source, attachment.id);
        if (!read) throw new Error(`attachment ${attachment.id} is no longer stored`);
        const name = `${reference}.${index + 1}.${safeFileName(attachment.filename)}`;
        files.push({ name, bytes: read.bytes });
        attachments.push({ ...listed[index]!, url: null, expiresAt: null, file: name });
      }
      const written =
        built.payload.type === "submission.reply" || built.payload.type === "message.received"
          ? { ...built.payload, message: { ...built.payload.message, attachments } }
          : { ...built.payload, attachments };
      json = Buffer.from(`${JSON.stringify(written, null, 2)}\n`, "utf8");
    } catch (error) {
      // Contents gone (erased at the person's request) or unreadable: retrying cannot help.
      return { kind: "permanent", durationMs: elapsed(), reason: `contents: ${describeSftpError(error)}` };
    }
    const jsonName = `${reference}.json`;
    const token = delivery.id.slice(0, 8);
    try {
      const sftp = await connectSftp(
        { ...options, organizationId: target.organizationId },
        credentialsOf(secrets),
      );
      try {
        for (const file of files)
          await writeAtomically(sftp, options.directory, file.name, file.bytes, token);
        const written = await writeAtomically(sftp, options.directory, jsonName, json, token);
        return {
          kind: "success",
          durationMs: elapsed(),
          detail: `${files.length + 1} file(s)`,
          requestId: written,
        };
      } finally {
        await sftp.end().catch(() => undefined);
      }
    } catch (error) {
      const reason = describeSftpError(error);
      const requestId = path.join(options.directory, jsonName);
      // A changed host key may be an attack or a reinstalled server: only the owner can decide, so stop. An
      // address the policy refuses will not become allowed by waiting either.
      if (error instanceof SftpHostKeyMismatchError)
        return { kind: "permanent", durationMs: elapsed(), reason, code: "host-key-changed", requestId };
      if (error instanceof OutboundBlockedError)
        return { kind: "permanent", durationMs: elapsed(), reason, code: "blocked", requestId };
      return { kind: "retryable", durationMs: elapsed(), reason, requestId };
    }
  },
  checkHealth,
  describe: (options) =>
    `sftp://${options.username}@${options.host}${options.port === 22 ? "" : `:${options.port}`}/${options.directory.replace(/^\/+/, "")}`,
  ledger: { requestId: (deliveryId) => deliveryId, requestIdLabel: null, canReplay: true },
};
