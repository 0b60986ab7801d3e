import { describe, expect, it } from "vitest";

import { buildLogger, createLogger } from "@/lib/log/logger";

type TLine = Record<string, unknown>;

function capture(): { lines: TLine[]; raw: string[]; log: ReturnType<typeof buildLogger> } {
  const raw: string[] = [];
  const log = buildLogger({ level: "trace", destination: { write: (line: string) => void raw.push(line) } });
  return {
    raw,
    log,
    get lines() {
      return raw.map((line) => JSON.parse(line) as TLine);
    },
  };
}

const HETUS = ["010280-952L", "010594Y9032", "020502A902X", "131052+308T"];

describe("logger output", () => {
  it("writes one JSON line with level label, ISO time, service and message", () => {
    const output = capture();
    output.log.info({ formId: "f1" }, "form published");
    expect(output.raw).toHaveLength(1);
    expect(output.raw[0]?.endsWith("\n")).toBe(true);
    const [line] = output.lines;
    expect(line).toMatchObject({ level: "info", service: "lomake", formId: "f1", msg: "form published" });
    expect(String(line?.time)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("respects the level", () => {
    const raw: string[] = [];
    const log = buildLogger({ level: "warn", destination: { write: (line: string) => void raw.push(line) } });
    log.info("hidden");
    log.warn("shown");
    expect(raw).toHaveLength(1);
  });

  it("redacts a password field and nested tokens", () => {
    const output = capture();
    output.log.info(
      {
        password: "hunter2",
        user: { email: "a@example.fi", passwordHash: "$argon2id$x" },
        request: { headers: { authorization: "Bearer abc.def", cookie: "session=1" } },
        deep: { a: { b: { c: { refreshToken: "r-123", resumeToken: "t-456" } } } },
        list: [{ access_token: "at-789" }],
      },
      "signed in",
    );
    const text = output.raw.join("");
    for (const secret of ["hunter2", "$argon2id$x", "abc.def", "session=1", "r-123", "t-456", "at-789"]) {
      expect(text).not.toContain(secret);
    }
    const [line] = output.lines;
    expect(line?.password).toBe("[redacted]");
    expect(line?.user).toEqual({ email: "a@example.fi", passwordHash: "[redacted]" });
    expect(line?.deep).toEqual({
      a: { b: { c: { refreshToken: "[redacted]", resumeToken: "[redacted]" } } },
    });
  });

  it.each(HETUS)("masks the henkilötunnus %s in msg, fields and errors", (hetu) => {
    const output = capture();
    output.log.info(`lookup for ${hetu} done`);
    output.log.info("interpolated %s", hetu);
    output.log.warn({ applicant: { note: `hetu: ${hetu}.` } }, "note");
    output.log.error(new Error(`invalid value ${hetu}`));
    output.log.error(
      { err: new Error(`failed for ${hetu}`, { cause: new Error(`cause ${hetu}`) }) },
      "wrapped",
    );
    const text = output.raw.join("");
    expect(text).not.toContain(hetu);
    expect(text).not.toContain(hetu.slice(0, 6));
    const lines = output.lines;
    expect(lines[0]?.msg).toBe("lookup for [hetu] done");
    expect(lines[1]?.msg).toBe("interpolated [hetu]");
    expect(lines[2]?.applicant).toEqual({ note: "hetu: [hetu]." });
    expect(lines[3]?.msg).toBe("invalid value [hetu]");
    expect(lines[3]?.err).toMatchObject({ type: "Error", message: "invalid value [hetu]" });
    expect(String((lines[3]?.err as TLine).stack)).toContain("invalid value [hetu]");
    expect(lines[4]?.err).toMatchObject({ message: "failed for [hetu]", cause: { message: "cause [hetu]" } });
  });

  it("keeps the error type and own properties", () => {
    class DeliveryError extends Error {
      readonly statusCode = 502;
    }
    const output = capture();
    output.log.error({ err: new DeliveryError("target down") }, "delivery failed");
    expect(output.lines[0]?.err).toMatchObject({
      type: "DeliveryError",
      message: "target down",
      statusCode: 502,
    });
  });

  it("masks bearer tokens in strings", () => {
    const output = capture();
    output.log.info({ header: "Bearer eyJhbGciOi.payload.sig" }, "got Bearer abc123def");
    const text = output.raw.join("");
    expect(text).not.toContain("eyJhbGciOi");
    expect(text).not.toContain("abc123def");
    expect(output.lines[0]?.msg).toBe("got Bearer [redacted]");
  });

  it("lets ordinary Finnish text and numbers through unchanged", () => {
    const output = capture();
    const fields = {
      greeting: "Hyvää päivää, Åsa Öberg",
      phone: "040 123 4567",
      phoneInternational: "+358401234567",
      date: "31.12.2025",
      isoDate: "2025-12-31",
      businessId: "1234567-8",
      postalCode: "00100",
      reference: "RF18 5390 0754 7034",
      amount: 123456.78,
      orderNumber: "123456-7890",
      time: "12:30",
    };
    output.log.info(fields, "Lomake lähetetty: Åsa Öberg, puh. 040 123 4567");
    const [line] = output.lines;
    expect(line).toMatchObject(fields);
    expect(line?.msg).toBe("Lomake lähetetty: Åsa Öberg, puh. 040 123 4567");
  });

  it("scrubs child bindings and keeps them on each line", () => {
    const output = capture();
    const child = createLogger({ component: "delivery", subject: "010280-952L", apiKey: "k-1" }, output.log);
    child.info("sent");
    const [line] = output.lines;
    expect(line).toMatchObject({
      component: "delivery",
      subject: "[hetu]",
      apiKey: "[redacted]",
      msg: "sent",
    });
  });

  it("masks a code assembled from format arguments and in direct child bindings", () => {
    const output = capture();
    output.log.info("joined %s-%s", "010280", "952L");
    output.log.child({ subject: "010594Y9032", token: "t-1" }).info("direct child");
    expect(output.raw.join("")).not.toMatch(/010280|010594|t-1/);
    expect(output.lines[0]?.msg).toBe("joined [hetu]");
    expect(output.lines[1]).toMatchObject({ subject: "[hetu]", token: "[redacted]" });
  });

  it("survives circular objects", () => {
    const output = capture();
    const node: Record<string, unknown> = { name: "a" };
    node.self = node;
    output.log.info({ node }, "cycle");
    expect(output.lines[0]?.node).toEqual({ name: "a", self: "[circular]" });
  });
});
