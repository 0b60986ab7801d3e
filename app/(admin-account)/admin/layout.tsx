import { NextIntlClientProvider } from "next-intl";
import { AdminShell } from "@/components/admin/admin-shell";
import { SessionKeeper } from "@/components/admin/session-keeper";
import { requireSignedIn } from "@/lib/auth/require-admin";

/** Account pages: signed-in users, also those who still have to set up two-factor sign-in. */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const context = await requireSignedIn();
  return (
    <NextIntlClientProvider>
      <SessionKeeper>
        <AdminShell context={context}>{children}</AdminShell>
      </SessionKeeper>
    </NextIntlClientProvider>
  );
}
