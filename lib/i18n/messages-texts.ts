// Texts of what the service sends: receipts, Suomi.fi message labels, export columns, e-mails.
import { createTexts } from "./create-texts";
import en from "./messages/messages/en.json";
import fi from "./messages/messages/fi.json";
import sv from "./messages/messages/sv.json";

export const messagesTexts = createTexts({ fi, sv, en });
export type TMessagesMessages = typeof fi;
