import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Inside the admin frame: a page that does not exist, or that this member may not see (the same answer). */
export default async function AdminNotFound() {
  const t = await getTranslations("notFound");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <p className="mt-4">
        <Link href="/admin">{t("home")}</Link>
      </p>
    </>
  );
}
