// /v1/token and /v1/change-password, and the token check every other REST route uses.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { isStrongSuomifiPassword } from "../generate-password";
import { getSettings, sandboxNow, type TSandboxContext } from "./sandbox-context";
import { readAccessToken, readJson, sendApiError, sendJson, type TSandboxRequest } from "./sandbox-http";

const ZTokenRequest = z.object({ username: z.string().min(1), password: z.string().min(1) });
const ZChangePasswordRequest = z.object({
  accessToken: z.string().min(1),
  currentPassword: z.string().min(1),
  newPassword: z.string().min(1),
});

/** The system (username) owning a valid token, or undefined for missing, unknown, revoked or expired tokens. */
export async function findTokenOwner(
  context: TSandboxContext,
  token: string | undefined,
): Promise<string | undefined> {
  if (!token) return undefined;
  const now = await sandboxNow(context);
  const { rows } = await context.pool.query<{ username: string }>(
    `SELECT t.username FROM suomifi_sandbox.tokens t JOIN suomifi_sandbox.systems s USING (username)
     WHERE t.token = $1 AND NOT t.is_revoked AND t.expires_at > $2`,
    [token, now],
  );
  return rows[0]?.username;
}

/** Answers 401 and returns undefined when the request has no valid token. */
export async function authenticate(
  context: TSandboxContext,
  request: TSandboxRequest,
): Promise<string | undefined> {
  const username = await findTokenOwner(context, readAccessToken(request.req));
  if (!username) sendApiError(request.res, 401, "Unauthorized: missing, invalid or expired access token");
  return username;
}

export async function handleToken(context: TSandboxContext, { req, res }: TSandboxRequest): Promise<void> {
  const parsed = ZTokenRequest.safeParse(await readJson(req));
  if (!parsed.success)
    return sendApiError(res, 400, "username and password are required", "VALIDATION_ERROR");
  const { rows } = await context.pool.query<{ password: string }>(
    "SELECT password FROM suomifi_sandbox.systems WHERE username = $1",
    [parsed.data.username],
  );
  if (rows[0]?.password !== parsed.data.password) {
    return sendApiError(res, 400, "Invalid username or password", "INVALID_CREDENTIALS");
  }
  const settings = await getSettings(context);
  const now = await sandboxNow(context);
  const token = randomBytes(32).toString("base64url");
  await context.pool.query(
    "INSERT INTO suomifi_sandbox.tokens (token, username, expires_at) VALUES ($1, $2, $3)",
    [token, parsed.data.username, new Date(now.getTime() + settings.tokenTtlSeconds * 1000)],
  );
  sendJson(res, 200, { access_token: token, token_type: "Bearer", expires_in: settings.tokenTtlSeconds });
}

export async function handleChangePassword(
  context: TSandboxContext,
  { req, res }: TSandboxRequest,
): Promise<void> {
  const parsed = ZChangePasswordRequest.safeParse(await readJson(req));
  if (!parsed.success) {
    return sendApiError(
      res,
      400,
      "accessToken, currentPassword and newPassword are required",
      "VALIDATION_ERROR",
    );
  }
  const username = await findTokenOwner(context, parsed.data.accessToken);
  if (!username) return sendApiError(res, 401, "Unauthorized: invalid or expired access token");
  const { rows } = await context.pool.query<{ password: string }>(
    "SELECT password FROM suomifi_sandbox.systems WHERE username = $1",
    [username],
  );
  if (rows[0]?.password !== parsed.data.currentPassword) {
    return sendApiError(res, 400, "Current password is wrong", "INVALID_CREDENTIALS");
  }
  const { newPassword } = parsed.data;
  if (!isStrongSuomifiPassword(newPassword) || newPassword === parsed.data.currentPassword) {
    return sendApiError(
      res,
      400,
      "New password must differ from the current one and have at least 32 characters with lower case, upper case, digit and symbol",
      "PASSWORD_POLICY",
    );
  }
  await context.pool.query("UPDATE suomifi_sandbox.systems SET password = $2 WHERE username = $1", [
    username,
    newPassword,
  ]);
  await context.pool.query("UPDATE suomifi_sandbox.tokens SET is_revoked = true WHERE username = $1", [
    username,
  ]);
  sendJson(res, 200, {});
}
