// The editor's explanations of problems in a form definition.
import { createTexts } from "./create-texts";
import en from "./messages/diagnostics/en.json";
import fi from "./messages/diagnostics/fi.json";
import sv from "./messages/diagnostics/sv.json";

export const diagnosticsTexts = createTexts({ fi, sv, en });
export type TDiagnosticsMessages = typeof fi;
