import { execFileSync } from "node:child_process";
import { expect, type Page } from "@playwright/test";
import { E2E_POSTGRES_PORT } from "./e2e-constants";

export const DEMO_OWNER = { email: "omistaja@demokunta.example", password: "Demokunta-salasana-2026" };
export const E2E_DATABASE_URL = `postgres://postgres:lomake-local@127.0.0.1:${E2E_POSTGRES_PORT}/lomake`;

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Sähköpostiosoite").fill(email);
  await page.getByLabel("Salasana", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Kirjaudu", exact: true }).click();
}

export async function signInAsDemoOwner(page: Page): Promise<void> {
  await signIn(page, DEMO_OWNER.email, DEMO_OWNER.password);
  await expect(page.getByRole("heading", { level: 1, name: "Etusivu" })).toBeVisible();
}

/** Creates an organisation and its owner with the production CLI (npm run user:create). */
export function createOrganisationOwner(slug: string, email: string, password: string): void {
  execFileSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/user-create.ts",
      "--email",
      email,
      "--org",
      slug,
      "--org-name",
      `Kunta ${slug}`,
    ],
    {
      env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, LOMAKE_NEW_USER_PASSWORD: password },
      stdio: "pipe",
    },
  );
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}@example.fi`;
}
