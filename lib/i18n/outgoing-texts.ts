// Texts of what the service sends: receipts, Suomi.fi message labels, export columns, e-mails.
import { createTexts } from "./create-texts";
import en from "./messages/outgoing/en.json";
import fi from "./messages/outgoing/fi.json";
import sv from "./messages/outgoing/sv.json";

export const outgoingTexts = createTexts({ fi, sv, en });
export type TOutgoingMessages = typeof fi;
