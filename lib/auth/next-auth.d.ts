import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    userId?: string;
    sessionVersion?: number;
    sessionId?: string;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    sessionVersion?: number;
    lastSeen?: number;
    signedInAt?: number;
    provider?: string;
    /** Row of AdminSession: revoked on sign-out, "sign out everywhere" and password change. */
    sessionId?: string;
  }
}
