// A receiver for several webhook targets at /hooks/{target}, verifying every Standard Webhooks signature with that
// target's secret, for the runs that play faults around deliveries (the fault-injection test, the chaos bench).
// `decide` is asked once per request and may refuse it (503, not recorded), drop the connection after doing
// something (the receiver has it, the sender never hears back) or answer and then do something.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export type TTargetRequest = {
  target: string;
  webhookId: string;
  submissionId: string;
  isValid: boolean;
};

export type TReceiverDecision =
  | { kind: "answer"; afterAnswer?: () => void }
  | { kind: "unavailable" }
  | { kind: "drop"; before: () => Promise<void> };

const ANSWER: TReceiverDecision = { kind: "answer" };

export async function startTargetsReceiver(options: { decide?: () => TReceiverDecision } = {}) {
  const secrets = new Map<string, string>();
  const received: TTargetRequest[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const decision = options.decide?.() ?? ANSWER;
      if (decision.kind === "unavailable") {
        response.writeHead(503).end("maintenance");
        return;
      }
      const target = (request.url ?? "").split("/").pop() ?? "";
      const body = Buffer.concat(chunks).toString("utf8");
      let isValid = true;
      try {
        new Webhook(secrets.get(target) ?? "whsec_AAAA").verify(
          body,
          request.headers as Record<string, string>,
        );
      } catch {
        isValid = false;
      }
      const payload = JSON.parse(body) as { submission?: { id?: string } };
      received.push({
        target,
        webhookId: String(request.headers["webhook-id"]),
        submissionId: payload.submission?.id ?? "",
        isValid,
      });
      if (decision.kind === "drop") {
        void decision.before().then(() => response.destroy());
        return;
      }
      response.writeHead(isValid ? 204 : 401).end();
      const { afterAnswer } = decision;
      if (afterAnswer) response.once("finish", afterAnswer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The target's secret, set once its webhook target is created. */
    secrets,
    received,
    urlOf: (target: string) => `http://127.0.0.1:${port}/hooks/${target}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
