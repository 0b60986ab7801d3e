import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { safeRedirectUrl } from "@/lib/http/safe-redirect";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // a working day
export const SESSION_IDLE_SECONDS = 60 * 60; // the session cookie is refreshed on activity; idle for an hour ends it

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return value?.split(",")[0]?.trim() || null;
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
        const result = await verifyCredentials(
          credentials.email,
          credentials.password,
          clientIp(request?.headers),
          credentials.totp || undefined,
        );
        if (!result.ok) {
          // next-auth turns a thrown error into ?error=<message>; the sign-in page maps it to a generic text.
          const errors = {
            locked: "Locked",
            totp_required: "TotpRequired",
            invalid: "CredentialsSignin",
          } as const;
          throw new Error(errors[result.reason]);
        }
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
        };
      },
    },
  };
}
