import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/admin/language-switch";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { hasPermission, type TPermission } from "@/lib/auth/roles";
import type { TAdminContext } from "@/lib/auth/require-admin";

const NAV_ITEMS: {
  href: string;
  key:
    | "dashboard"
    | "forms"
    | "submissions"
    | "inbox"
    | "lookup"
    | "members"
    | "audit"
    | "suomifi"
    | "delivery"
    | "exports"
    | "privacy";
  permission: TPermission;
  /** Not shown to those who have this permission (they have a fuller page for it). */
  unless?: TPermission;
}[] = [
  { href: "/admin", key: "dashboard", permission: "organization.read" },
  { href: "/admin/forms", key: "forms", permission: "organization.read" },
  { href: "/admin/submissions", key: "submissions", permission: "submissions.read" },
  { href: "/admin/inbox", key: "inbox", permission: "submissions.read" },
  { href: "/admin/lookup", key: "lookup", permission: "submissions.lookup", unless: "submissions.read" },
  { href: "/admin/members", key: "members", permission: "members.manage" },
  { href: "/admin/audit", key: "audit", permission: "audit.read" },
  { href: "/admin/settings/suomifi", key: "suomifi", permission: "settings.manage" },
  { href: "/admin/delivery", key: "delivery", permission: "delivery.manage" },
  { href: "/admin/exports", key: "exports", permission: "submissions.handle" },
  { href: "/admin/privacy", key: "privacy", permission: "privacy.manage" },
];

export async function AdminShell({
  context,
  children,
}: {
  context: TAdminContext;
  children: React.ReactNode;
}) {
  const [t, tNav] = await Promise.all([getTranslations("common"), getTranslations("nav")]);
  return (
    <>
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <header className="border-b-4 border-fi-brand-base bg-fi-white-base">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <Link href="/admin" className="text-2xl font-semibold text-fi-brand-base no-underline">
              {t("appName")}
            </Link>
            <span className="ml-3 text-fi-black-light-1">{context.organization.name}</span>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <LanguageSwitch />
            <span className="text-base text-fi-black-light-1">
              {t("signedInAs", { email: context.user.email })}
            </span>
            <Link href="/admin/account/security">{tNav("security")}</Link>
            <SignOutButton label={t("signOut")} />
          </div>
        </div>
        <nav aria-label={t("mainNavigation")} className="bg-fi-depth-light-3">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
            {NAV_ITEMS.filter(
              (item) =>
                hasPermission(context.role, item.permission) &&
                !(item.unless && hasPermission(context.role, item.unless)),
            ).map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block px-3 py-2 font-semibold">
                  {tNav(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
