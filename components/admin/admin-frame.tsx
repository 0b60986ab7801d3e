import { NextIntlClientProvider } from "next-intl";
import { AdminShell } from "@/components/admin/admin-shell";
import { SessionKeeper } from "@/components/admin/session-keeper";
import type { TAdminContext } from "@/lib/auth/require-admin";

/** What every signed-in admin page sits in: translations for client components, the session keeper, the shell. */
export function AdminFrame({ context, children }: { context: TAdminContext; children: React.ReactNode }) {
  return (
    <NextIntlClientProvider>
      <SessionKeeper>
        <AdminShell context={context}>{children}</AdminShell>
      </SessionKeeper>
    </NextIntlClientProvider>
  );
}
