import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overrideEnv } from "@/lib/env";
import { resetVirusScanner, scanBytes } from "@/lib/files/virus-scan";
import { eicarBytes, isClamdInstalled, startClamd } from "@/lib/testing/start-clamd";
import { TEST_PORT_OFFSET } from "@/lib/testing/test-port-offset";

let clamd: Awaited<ReturnType<typeof startClamd>>;

beforeAll(async () => {
  if (!isClamdInstalled()) throw new Error("These tests need ClamAV's clamd (apt-get install clamav-daemon)");
  clamd = await startClamd({ dir: ".data/test-clamd", port: 3398 + TEST_PORT_OFFSET });
});

afterAll(async () => {
  overrideEnv({ CLAMAV_URL: undefined, CLAMAV_REQUIRED: undefined, LOMAKE_ENV: undefined });
  resetVirusScanner();
  await clamd?.stop();
});

describe("virus scanning with a real clamd", () => {
  it("finds the EICAR test file and passes an ordinary PDF", async () => {
    overrideEnv({ CLAMAV_URL: clamd.url });
    resetVirusScanner();
    expect(await scanBytes(eicarBytes())).toEqual({
      status: "infected",
      signatures: [expect.stringMatching(/^Eicar-Test-Signature/)],
    });
    expect(await scanBytes(Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"))).toEqual({
      status: "clean",
    });
  });

  it("answers unavailable (so the upload is refused) when clamd cannot be reached", async () => {
    overrideEnv({ CLAMAV_URL: "tcp://127.0.0.1:1" });
    resetVirusScanner();
    expect(await scanBytes(Buffer.from("hello"))).toEqual({ status: "unavailable" });
  });

  it("refuses without a scanner in production and accepts unscanned only in development", async () => {
    overrideEnv({ CLAMAV_URL: undefined, LOMAKE_ENV: "production" });
    expect(await scanBytes(Buffer.from("hello"))).toEqual({ status: "unavailable" });
    overrideEnv({ LOMAKE_ENV: "development" });
    expect(await scanBytes(Buffer.from("hello"))).toEqual({ status: "unscanned" });
    overrideEnv({ CLAMAV_REQUIRED: "1" });
    expect(await scanBytes(Buffer.from("hello"))).toEqual({ status: "unavailable" });
  });
});
