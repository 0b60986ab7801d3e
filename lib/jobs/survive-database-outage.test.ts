import { describe, expect, it } from "vitest";
import { isDatabaseConnectionError } from "./survive-database-outage";

describe("isDatabaseConnectionError", () => {
  it("recognises a refused connection, a terminated server session and a server shutting down", () => {
    expect(
      isDatabaseConnectionError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(
      isDatabaseConnectionError(Object.assign(new Error("terminating connection"), { code: "57P01" })),
    ).toBe(true);
    expect(isDatabaseConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(
      isDatabaseConnectionError(
        new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]),
      ),
    ).toBe(true);
    expect(isDatabaseConnectionError(new Error("wrapped", { cause: { code: "08006" } }))).toBe(true);
  });

  it("does not excuse other failures", () => {
    expect(isDatabaseConnectionError(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseConnectionError(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(
      false,
    );
    expect(isDatabaseConnectionError("ECONNREFUSED")).toBe(false);
    expect(isDatabaseConnectionError(undefined)).toBe(false);
  });
});
