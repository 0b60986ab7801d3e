import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { createAdminSession, revokeAdminSession } from "@/lib/auth/admin-sessions";
import { readTrustedDeviceCookie } from "@/lib/auth/sign-in-unlock";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { safeRedirectUrl } from "@/lib/http/safe-redirect";
import { logger } from "@/lib/log/logger";
import { scrubSensitive } from "@/lib/log/scrub-sensitive";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // a working day
export const SESSION_IDLE_SECONDS = 60 * 60; // the session cookie is refreshed on activity; idle for an hour ends it

/** What may appear in the sign-in page's ?error=; the page and the form map each to a text. */
export const SIGN_IN_ERROR_CODES = {
  invalid: "CredentialsSignin",
  throttled: "Throttled",
  totp_required: "TotpRequired",
  demo_refused: "DemoRefused",
  unavailable: "SignInUnavailable",
} as const;

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  return clientAddress(headers, getEnv().TRUSTED_PROXIES);
}

function scrubNextAuthMetadata(metadata: unknown): unknown {
  if (metadata instanceof Error) return { name: metadata.name, message: metadata.message };
  return scrubSensitive(metadata);
}

export function getAuthOptions(): NextAuthOptions {
  const env = getEnv();
  const isSecure = (env.NEXTAUTH_URL ?? env.APP_URL ?? "").startsWith("https://");
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail",
      credentials: { email: { type: "email" }, password: { type: "password" }, totp: { type: "text" } },
      async authorize(credentials, request) {
        if (!credentials?.email || !credentials.password) return null;
        let result;
        try {
          result = await verifyCredentials(
            credentials.email,
            credentials.password,
            clientIp(request?.headers),
            credentials.totp || undefined,
            { trustedDeviceCookie: readTrustedDeviceCookie(request?.headers?.cookie) },
          );
        } catch (error) {
          // next-auth copies a thrown error's message into ?error=…: only our own codes may travel there,
          // never a database or library message.
          logger.error({ err: error }, "sign-in could not be checked");
          throw new Error(SIGN_IN_ERROR_CODES.unavailable);
        }
        if (!result.ok) throw new Error(SIGN_IN_ERROR_CODES[result.reason]);
        return {
          id: result.user.id,
          email: result.user.email,
          name: result.user.name,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
  ];
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? null };
      },
    });
  }
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 5 * 60 },
    pages: { signIn: "/admin/sign-in", error: "/admin/sign-in" },
    useSecureCookies: isSecure,
    providers,
    // next-auth's default logger prints raw request values; ours writes JSON lines (CR/LF escaped) and scrubs.
    logger: {
      error: (code, metadata) =>
        logger.error({ code, metadata: scrubNextAuthMetadata(metadata) }, "next-auth error"),
      warn: (code) => logger.warn({ code }, "next-auth warning"),
      debug: () => undefined,
    },
    events: {
      async signOut({ token }) {
        // A JWT cannot be taken back: its session row is, so a copied cookie stops working too.
        await revokeAdminSession(typeof token?.sessionId === "string" ? token.sessionId : undefined);
        if (typeof token?.userId === "string") {
          await recordAuditEvent({ actor: { userId: token.userId }, action: "auth.sign_out" });
        }
      },
    },
    callbacks: {
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        // Single sign-on admits only people who already have an account (invited by an owner).
        const email = user.email?.toLowerCase();
        if (!email) return false;
        const existing = await getPrisma().user.findUnique({ where: { email } });
        if (!existing) return "/admin/sign-in?error=NoAccount";
        await getPrisma().user.update({
          where: { id: existing.id },
          data: { lastSignInAt: now(), oidcSubject: account.providerAccountId },
        });
        await recordAuditEvent({
          actor: { userId: existing.id, email },
          action: "auth.sign_in",
          details: { method: "oidc" },
        });
        return true;
      },
      async jwt({ token, user, account }) {
        if (user) {
          const email = user.email?.toLowerCase() ?? "";
          const dbUser = await getPrisma().user.findUnique({ where: { email } });
          if (!dbUser) return { ...token, userId: undefined };
          token.userId = dbUser.id;
          token.sessionVersion = dbUser.sessionVersion;
          token.sessionId = await createAdminSession(dbUser.id, SESSION_MAX_AGE_SECONDS);
          token.signedInAt = Math.floor(now().getTime() / 1000);
          token.provider = account?.provider;
        }
        const current = Math.floor(now().getTime() / 1000);
        const isIdle = token.lastSeen !== undefined && current - token.lastSeen > SESSION_IDLE_SECONDS;
        const isTooOld =
          token.signedInAt !== undefined && current - token.signedInAt > SESSION_MAX_AGE_SECONDS;
        if (isIdle || isTooOld) return { ...token, userId: undefined };
        token.lastSeen = current;
        return token;
      },
      async session({ session, token }) {
        return {
          ...session,
          userId: typeof token.userId === "string" ? token.userId : undefined,
          sessionVersion: token.sessionVersion,
          sessionId: token.sessionId,
        };
      },
    },
  };
}
