// The "send test event" payload: a made-up submission of the published shape (type "test"), so a receiver can
// check its signature verification and its parsing with the same code that will handle real submissions.
import { WEBHOOK_PAYLOAD_VERSION, type TWebhookPayloadV1 } from "@/lib/delivery/webhook-payload-schema";

const NIL_UUID = "00000000-0000-0000-0000-000000000000";

export function buildTestEventPayload(input: {
  deliveryId: string;
  organizationId: string;
  at: Date;
}): TWebhookPayloadV1 {
  const at = input.at.toISOString();
  return {
    type: "test",
    payloadVersion: WEBHOOK_PAYLOAD_VERSION,
    deliveryId: input.deliveryId,
    organization: { id: input.organizationId },
    form: { id: NIL_UUID, slug: "testitapahtuma", version: 1, title: "Testitapahtuma" },
    submission: {
      id: NIL_UUID,
      reference: "LMK-TEST-0000",
      language: "fi",
      createdAt: at,
      sentToSuomifiAt: at,
      retrievedAt: at,
      integrity: { status: "valid", releasedByHandler: false },
    },
    sender: null,
    onBehalfOf: null,
    filing: null,
    answers: {
      schemaVersion: 1,
      values: { subject: "Testitapahtuma Lomakkeesta" },
      labels: { subject: "Aihe" },
    },
    attachments: [],
  };
}
