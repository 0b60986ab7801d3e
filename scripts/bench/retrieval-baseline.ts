// Benchmark 3's baseline: the least a retrieval can do against the same sandbox, as one plain script — take a
// token, page GET /v2/events to the end, and read every citizen message with GET /v2/messages/{id}, one at a
// time (as our job does), storing nothing.
import { DEFAULT_SANDBOX_PASSWORD } from "@/lib/suomifi/sandbox/start-sandbox-server";

type TEventsPage = {
  continuationToken: string;
  events: { type: string; metadata: { messageId?: number; serviceId: string } }[];
};

export async function readAllMessages(
  sandboxUrl: string,
): Promise<{ messages: number; seconds: number; pages: number }> {
  const startedAt = performance.now();
  const tokenResponse = await fetch(`${sandboxUrl}/v1/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "lomake-demo", password: DEFAULT_SANDBOX_PASSWORD }),
  });
  const { access_token: accessToken } = (await tokenResponse.json()) as { access_token: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  let continuationToken: string | undefined;
  let messages = 0;
  let pages = 0;
  for (;;) {
    const query = continuationToken ? `?continuationToken=${encodeURIComponent(continuationToken)}` : "";
    const page = (await (await fetch(`${sandboxUrl}/v2/events${query}`, { headers })).json()) as TEventsPage;
    pages += 1;
    if (page.events.length === 0) break;
    continuationToken = page.continuationToken;
    for (const event of page.events) {
      if (event.type !== "Electronic message from end user" || event.metadata.messageId === undefined)
        continue;
      const response = await fetch(`${sandboxUrl}/v2/messages/${event.metadata.messageId}`, { headers });
      if (!response.ok) throw new Error(`GET /v2/messages answered ${response.status}`);
      await response.json();
      messages += 1;
    }
  }
  return { messages, seconds: (performance.now() - startedAt) / 1000, pages };
}
