// next-auth copies a thrown error's message into the redirect URL: only our own codes may travel there.
import { describe, expect, it, vi } from "vitest";

let verify: () => Promise<unknown> = async () => undefined;
vi.mock("@/lib/auth/verify-credentials", () => ({ verifyCredentials: () => verify() }));

const logged: unknown[] = [];
vi.mock("@/lib/log/logger", () => ({
  logger: { error: (details: unknown) => logged.push(details), warn: () => undefined },
}));

const { getAuthOptions, SIGN_IN_ERROR_CODES } = await import("@/lib/auth/auth-options");

type TAuthorize = (
  credentials: Record<string, string>,
  request: { headers: Record<string, string> },
) => Promise<unknown>;
function authorize(): TAuthorize {
  const provider = getAuthOptions().providers[0] as unknown as { options: { authorize: TAuthorize } };
  return provider.options.authorize;
}

describe("sign-in errors", () => {
  it("maps an unexpected error (a database timeout) to one generic code, never its text", async () => {
    verify = async () => {
      throw new Error(
        "Transaction API error: Transaction already closed: A query cannot be executed on an expired transaction. The timeout for this transaction was 5000 ms",
      );
    };
    const error = await authorize()({ email: "a@example.fi", password: "x" }, { headers: {} }).catch(
      (caught: Error) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("SignInUnavailable");
    expect(logged).toHaveLength(1);
  });

  it("passes only known codes for known outcomes", async () => {
    for (const reason of ["invalid", "throttled", "totp_required", "demo_refused"] as const) {
      verify = async () => ({ ok: false, reason });
      const error = (await authorize()({ email: "a@example.fi", password: "x" }, { headers: {} }).catch(
        (caught: Error) => caught,
      )) as Error;
      expect(error.message).toBe(SIGN_IN_ERROR_CODES[reason]);
    }
  });
});
