// An address under /admin that no page has: the not-found page inside the admin frame (with its navigation),
// not the bare site-wide one.
import { notFound } from "next/navigation";

export default function MissingAdminPage(): never {
  notFound();
}
