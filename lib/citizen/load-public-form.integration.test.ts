// The public form cache at a deadline peak: when its entry expires, the requests waiting for the form share one
// database read instead of each starting their own.
import { afterAll, describe, expect, it, vi } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { clearPublicFormCache, loadPublicForm } from "./load-public-form";
import { createCitizenTestForm } from "./testing/citizen-fixtures";

afterAll(async () => {
  vi.restoreAllMocks();
  await disconnectPrisma();
});

describe("loading a public form under load", () => {
  it("reads the database once for 50 requests arriving together, and all get the form", async () => {
    const fixture = await createCitizenTestForm();
    clearPublicFormCache();
    const read = vi.spyOn(getPrisma().form, "findFirst");
    const forms = await Promise.all(
      Array.from({ length: 50 }, () => loadPublicForm(fixture.params.org, fixture.params.form)),
    );
    expect(read).toHaveBeenCalledTimes(1);
    expect(new Set(forms.map((form) => form?.id))).toEqual(new Set([fixture.form.id]));
    // Cached: the next request reads nothing; after the cache is cleared, it reads again.
    await loadPublicForm(fixture.params.org, fixture.params.form);
    expect(read).toHaveBeenCalledTimes(1);
    clearPublicFormCache();
    await loadPublicForm(fixture.params.org, fixture.params.form);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
