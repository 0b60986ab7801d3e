import { AdminFrame } from "@/components/admin/admin-frame";
import { requireSignedIn } from "@/lib/auth/require-admin";

/** Account pages: signed-in users, also those who still have to set up two-factor sign-in. */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  return <AdminFrame context={await requireSignedIn()}>{children}</AdminFrame>;
}
