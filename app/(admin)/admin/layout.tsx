import { AdminFrame } from "@/components/admin/admin-frame";
import { requireAdmin } from "@/lib/auth/require-admin";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  return <AdminFrame context={await requireAdmin()}>{children}</AdminFrame>;
}
