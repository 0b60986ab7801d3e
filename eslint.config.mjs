// ESLint flat config: Next's rules, TypeScript's, and the house style's one-way dependency rules.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const forbidAppAndComponents = [
  {
    group: ["@/app/*", "@/app"],
    message: "lib/ and components/ must not import from app/ (dependencies point one way).",
  },
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      ".next-bench/**",
      ".data/**",
      "node_modules/**",
      "lib/generated/**",
      "public/assets/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through getEnv() from lib/env.ts, the only reader of process.env.",
        },
        {
          selector: "NewExpression[arguments.0.value='NOT_FOUND']",
          message:
            'Say "not found" with NotFoundError from lib/errors/domain-error.ts, the one family for it.',
        },
      ],
    },
  },
  {
    files: [
      "lib/env.ts",
      "lib/testing/**",
      "**/*-test-helpers.ts",
      "**/*.test.ts",
      "**/*.test.tsx",
      "e2e/**",
      "playwright.config.ts",
      "next.config.js",
      "prisma.config.ts",
      "scripts/prisma-generate.mjs",
      "vitest.config.ts",
    ],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    files: ["lib/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: forbidAppAndComponents }] },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...forbidAppAndComponents,
            { group: ["@/components/*", "@/components"], message: "lib/ must not import components/." },
          ],
        },
      ],
    },
  },
  {
    // lib/forms is pure and browser-safe: zod, small pure data packages, itself and its texts (lib/i18n's
    // message files through create-texts; never lib/i18n/request.ts, which is next-intl's server config).
    files: ["lib/forms/**"],
    ignores: ["lib/forms/**/*.test.ts", "lib/forms/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@/(?!lib/forms(/|$)|lib/i18n/(create-texts|locales|[a-z-]+-texts)$)",
              message: "lib/forms imports only itself, its texts from lib/i18n (and pure packages).",
            },
            {
              group: ["node:*", "react", "react-dom", "next", "next/*", "@prisma/*", "pg"],
              message: "lib/forms is pure and browser-safe.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
