// The house's layering, checked by dependency-cruiser (`npm run lint:deps`, part of `npm run lint`).
// app → components → lib, never back; lib/forms pure; and lib/ folders in layers: a folder imports only
// folders of lower layers (never one of its own layer), so no two lib/ folders can depend on each other.
// To add a lib/ folder, put it in the lowest layer above everything it imports.
/** @type {string[][]} lowest first; names are lib/<name> folders or lib/<name> files */
const LIB_LAYERS = [
  // the one text system: every other layer may take its texts from lib/i18n
  ["i18n"],
  ["env.ts", "errors", "forms", "theme", "dev", "generated"],
  ["clock.ts", "db", "crypto", "log", "http"],
  ["audit", "files", "mail"],
  ["auth", "jobs", "suomifi"],
  ["accounts", "security", "citizen", "form-admin", "outgoing"],
  ["submissions"],
  ["delivery"],
  ["retrieval", "retention", "monitoring"],
  ["inbox", "case-messages"],
  ["worker", "demo"],
];

const escape = (name) => name.replace(/[.]/g, "\\.");
const libPath = (name) => (name.endsWith(".ts") ? `^lib/${escape(name)}$` : `^lib/${escape(name)}/`);
/** Tests and their fixtures may reach across layers to set things up. */
const NOT_TEST = "(\\.test\\.tsx?$|/testing/)";

const layerRules = LIB_LAYERS.flatMap((layer, index) =>
  layer.map((name) => {
    const higher = LIB_LAYERS.slice(index)
      .flat()
      .filter((other) => other !== name);
    return {
      name: `layer-lib-${name.replace(/\.ts$/, "")}`,
      severity: "error",
      comment: `lib/${name} is in layer ${index}: it may import only lib/ folders of lower layers (.dependency-cruiser.cjs).`,
      from: { path: libPath(name), pathNot: NOT_TEST },
      to: { path: higher.map(libPath) },
    };
  }),
);

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "A runtime import cycle makes module initialisation order-dependent (type-only imports are erased).",
      from: {},
      to: { circular: true },
    },
    {
      name: "nothing-imports-app",
      severity: "error",
      comment:
        "Dependencies point one way: app → components → lib. Nothing imports app/, by alias or relative path.",
      from: { path: "^(lib|components|scripts)/" },
      to: { path: "^app/" },
    },
    {
      name: "lib-not-to-components",
      severity: "error",
      comment: "lib/ holds the domain: it never imports components/.",
      from: { path: "^lib/", pathNot: NOT_TEST },
      to: { path: "^components/" },
    },
    {
      name: "product-not-to-scripts",
      severity: "error",
      comment: "scripts/ are command-line tools; product code never imports them.",
      from: { path: "^(lib|components|app)/", pathNot: NOT_TEST },
      to: { path: "^scripts/" },
    },
    {
      name: "product-not-to-test-support",
      severity: "error",
      comment:
        "Test fixtures and payload lists (*/testing/) serve the tests; product code never imports them.",
      from: { path: "^(lib|components|app)/", pathNot: NOT_TEST },
      to: { path: "/testing/" },
    },
    {
      name: "lib-forms-no-node-builtins",
      severity: "error",
      comment: "lib/forms is pure and browser-safe: no Node built-ins.",
      from: { path: "^lib/forms/", pathNot: NOT_TEST },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "lib-forms-no-frameworks",
      severity: "error",
      comment: "lib/forms is pure and browser-safe: no React, Next, Prisma or database driver.",
      from: { path: "^lib/forms/", pathNot: NOT_TEST },
      to: { path: "^node_modules/(react|react-dom|next|@prisma/[^/]+|pg|server-only)/" },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(lib/generated|\\.next|\\.next-bench)/" },
    // Type-only imports are erased at run time: they may cross layers to share a type.
    tsPreCompilationDeps: false,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
