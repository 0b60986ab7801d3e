import { NextIntlClientProvider } from "next-intl";
import { SessionKeeper } from "@/components/admin/session-keeper";
import { requireAdmin } from "@/lib/auth/require-admin";

/** The full-screen form builder: no admin chrome, same guard as the admin area. */
export default async function BuilderLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin("forms.edit");
  return (
    <NextIntlClientProvider>
      <SessionKeeper>{children}</SessionKeeper>
    </NextIntlClientProvider>
  );
}
