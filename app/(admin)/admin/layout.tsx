import { NextIntlClientProvider } from "next-intl";
import { AdminShell } from "@/components/admin/admin-shell";
import { SessionKeeper } from "@/components/admin/session-keeper";
import { requireAdmin } from "@/lib/auth/require-admin";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const context = await requireAdmin();
  return (
    <NextIntlClientProvider>
      <SessionKeeper>
        <AdminShell context={context}>{children}</AdminShell>
      </SessionKeeper>
    </NextIntlClientProvider>
  );
}
