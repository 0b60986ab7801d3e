// The preload really stamps the socket address over whatever the client sends (a real server and socket).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";

let server: http.Server;
let seen: Record<string, unknown>[] = [];
beforeAll(async () => {
  await import("./peer-address.mjs");
  server = http.createServer((request, response) => {
    seen.push({ ...request.headers });
    response.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("overwrites a forged x-lomake-peer-address with the socket's address", async () => {
  seen = [];
  const { port } = server.address() as AddressInfo;
  await fetch(`http://127.0.0.1:${port}/`, {
    headers: { "x-lomake-peer-address": "203.0.113.1", "x-forwarded-for": "203.0.113.1" },
  });
  expect(seen[0]).toMatchObject({ "x-lomake-peer-address": "127.0.0.1", "x-forwarded-for": "203.0.113.1" });
});
