// What an API key may do. Exhaustive: a route names the one scope it needs, the admin lists them all, and the
// OpenAPI document describes each. Browser-safe (the key form lists them).
export const API_SCOPES = ["submissions:read", "submissions:ack", "messages:send"] as const;
export type TApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_DESCRIPTIONS = {
  "submissions:read": "Read submissions, citizens' messages, their attachments and form schemas",
  "submissions:ack": "Acknowledge submissions and messages as received by the target system",
  "messages:send": "Send case messages to the citizen and set a submission's handling state",
} as const satisfies Record<TApiScope, string>;

export const isApiScope = (value: string): value is TApiScope =>
  (API_SCOPES as readonly string[]).includes(value);
