import { diagnosticMessage, type TDiagnosticCode, type TDiagnosticMessage } from "./diagnostic-messages";

export interface TDiagnostic {
  code: TDiagnosticCode;
  /** Field key, or the id of a page, heading or info text; undefined for form-level problems. */
  elementId?: string;
  /** Where in the definition, e.g. "pages/1/elements/3/visibleIf". */
  path: string;
  message: TDiagnosticMessage;
  params: Record<string, string | number>;
}

export function createDiagnostic(
  code: TDiagnosticCode,
  path: string,
  elementId: string | undefined,
  params: Record<string, string | number> = {},
): TDiagnostic {
  return {
    code,
    elementId,
    path,
    params,
    message: diagnosticMessage(code, { element: elementId ?? "", ...params }),
  };
}
