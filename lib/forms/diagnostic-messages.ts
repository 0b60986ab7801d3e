import { diagnosticsTexts, type TDiagnosticsMessages } from "@/lib/i18n/diagnostics-texts";
import type { TLanguage } from "./localized-text";

export type TDiagnosticCode = keyof TDiagnosticsMessages;
export type TDiagnosticMessage = Record<TLanguage, string>;

export function diagnosticMessage(
  code: TDiagnosticCode,
  params: Record<string, string | number>,
): TDiagnosticMessage {
  return diagnosticsTexts.inEveryLocale(code, params);
}
