// Full journeys through the damage-compensation claim, with JavaScript on and off, through the sandbox's
// identification back to the thank-you page; the message arrives in the sandbox, ending with the integrity line.
import { expect, test } from "@playwright/test";
import { REFERENCE_PATTERN } from "@/lib/submissions/reference";
import {
  fillWholeClaim,
  identifyOnSandbox,
  integrityCodeOf,
  sandboxSubmissions,
  sql,
  TEST_PERSON,
} from "./support/citizen";

for (const isJavaScriptEnabled of [true, false]) {
  test.describe(`citizen journey with JavaScript ${isJavaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: isJavaScriptEnabled });

    test("fills, checks, sends through Suomi.fi and lands on the thank-you page", async ({ page }) => {
      const scripts: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script") scripts.push(request.url());
      });
      await fillWholeClaim(page, { isJavaScriptEnabled });
      await expect(page.getByText("ABC-123")).toBeVisible();
      await page.getByRole("button", { name: "Hyväksy ja lähetä" }).click();

      if (!isJavaScriptEnabled) {
        await expect(
          page.getByRole("heading", { level: 1, name: "Lähetä lomake Suomi.fi-viestien kautta" }),
        ).toBeVisible();
        await expect(page.getByLabel("Lähetettävä viesti")).toHaveJSProperty("readOnly", true);
        await page.getByRole("button", { name: "Jatka Suomi.fi-palveluun" }).click();
      }
      await identifyOnSandbox(page, TEST_PERSON);
      await expect(
        page.getByRole("heading", { level: 1, name: "Kiitos, lomake on lähetetty" }),
      ).toBeVisible();
      const reference = (await page.locator(".reference").first().textContent())!.trim();
      expect(reference).toMatch(REFERENCE_PATTERN);

      const sent = (await sandboxSubmissions()).find((submission) => submission.body.includes(reference));
      expect(sent).toBeDefined();
      const code = integrityCodeOf(sent!.body);
      const [row] = await sql<{ status: string; integrity_code: string; handoff_count: number }>(
        "SELECT status, integrity_code, handoff_count FROM submission WHERE reference = $1",
        [reference],
      );
      // The e2e worker polls Suomi.fi every 2 s, so the submission may already be retrieved.
      expect(["returned", "retrieved", "delivered"]).toContain(row!.status);
      expect(row!.handoff_count).toBe(1);
      expect(code).toBe(row!.integrity_code);
      expect(scripts.filter((url) => url.includes("/_next/static"))).toEqual([]);
    });
  });
}
