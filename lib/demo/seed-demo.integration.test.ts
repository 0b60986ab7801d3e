import { afterAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { DEMO_FORM_SLUGS, DEMO_OWNER, seedDemo } from "@/lib/demo/seed-demo";
import { ZFormDefinition } from "@/lib/forms/definition";

afterAll(() => disconnectPrisma());

describe("demo seed", () => {
  it("creates Demokunta with its owner, a sandbox connection and three live example forms, once", async () => {
    expect(await seedDemo()).toBe(true);
    expect(await seedDemo()).toBe(false);
    const prisma = getPrisma();
    const organization = await prisma.organization.findUniqueOrThrow({
      where: { slug: "demo" },
      include: {
        forms: { include: { liveVersion: true } },
        suomifiConnections: { include: { services: true } },
      },
    });
    expect(organization.name).toBe("Demokunta");
    expect((await verifyCredentials(DEMO_OWNER.email, DEMO_OWNER.password, null)).ok).toBe(true);

    expect(organization.forms.map((form) => form.slug).sort()).toEqual([...DEMO_FORM_SLUGS].sort());
    for (const form of organization.forms) {
      expect(form.status).toBe("live");
      expect(ZFormDefinition.safeParse(form.liveVersion?.definition).success).toBe(true);
    }
    const [connection] = organization.suomifiConnections;
    expect(connection?.environment).toBe("sandbox");
    expect(connection?.services.map((service) => service.serviceId)).toEqual(["lomake-demo-service"]);
    expect(connection?.passwordEncrypted).not.toContain("Lomake-demo-password");
    expect(decryptString(connection!.passwordEncrypted, { associatedData: "suomifi-connection" })).toBe(
      "Lomake-demo-password-0000-sandbox!",
    );
  });
});
