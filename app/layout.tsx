import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Lomake", template: "%s – Lomake" },
  description: "Lomake – forms for Finnish public organisations, delivered through Suomi.fi Messages",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-fi-white-base">{children}</body>
    </html>
  );
}
