"use client";
import { SessionProvider } from "next-auth/react";

/** Refreshes the session cookie while the admin is active, so the idle timeout counts from the last activity. */
export function SessionKeeper({ children }: { children: React.ReactNode }) {
  return (
    <SessionProvider refetchInterval={5 * 60} refetchOnWindowFocus>
      {children}
    </SessionProvider>
  );
}
