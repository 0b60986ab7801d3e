// Suomi.fi Valtuudet emulated (lib/suomifi/valtuudet-contract.ts): whom a person may act for, persons and
// companies with the mandate's role and issues, and the check of one mandate for one issue, all from
// TEST_MANDATES. Every request must carry a valid X-AsiointivaltuudetAuthorization checksum and a requestId.
import {
  DEFAULT_VALTUUDET_CODES as CODES,
  DEFAULT_VALTUUDET_FIELDS as FIELDS,
  SANDBOX_VALTUUDET_CLIENT,
  VALTUUDET_AUTHORIZATION_HEADER,
  verifyValtuudetRequest,
} from "../valtuudet-contract";
import { sandboxNow, type TSandboxContext } from "./sandbox-context";
import { sendApiError, sendJson, type TSandboxRequest } from "./sandbox-http";
import { TEST_MANDATES, testPartyName, type TTestMandate } from "./test-persons";

const CLIENTS = { [SANDBOX_VALTUUDET_CLIENT.clientId]: SANDBOX_VALTUUDET_CLIENT.secret };

async function isAuthorized(context: TSandboxContext, request: TSandboxRequest): Promise<boolean> {
  request.req.resume();
  const header = request.req.headers[VALTUUDET_AUTHORIZATION_HEADER];
  const pathWithQuery = `${request.url.pathname}${request.url.search}`;
  const clientId = verifyValtuudetRequest(
    typeof header === "string" ? header : undefined,
    CLIENTS,
    pathWithQuery,
    await sandboxNow(context),
  );
  if (!clientId) {
    sendApiError(request.res, 401, "Invalid or missing X-AsiointivaltuudetAuthorization checksum");
    return false;
  }
  if (!request.url.searchParams.get("requestId")) {
    sendApiError(request.res, 400, "requestId is required", "VALIDATION_ERROR");
    return false;
  }
  return true;
}

const isCompany = (mandate: TTestMandate) => mandate.role === "representative";
const issuesOf = (mandate: TTestMandate) => (mandate.issues === "all" ? [CODES.allIssues] : mandate.issues);
const covers = (mandate: TTestMandate, issue: string) =>
  mandate.issues === "all" || mandate.issues.includes(issue);

export async function handlePersonPrincipals(context: TSandboxContext, request: TSandboxRequest) {
  if (!(await isAuthorized(context, request))) return;
  const delegateId = request.params.delegateId;
  sendJson(
    request.res,
    200,
    TEST_MANDATES.filter((mandate) => mandate.agentId === delegateId && !isCompany(mandate)).map(
      (mandate) => ({
        [FIELDS.personId]: mandate.principalId,
        [FIELDS.personName]: testPartyName(mandate.principalId) ?? mandate.principalId,
        [FIELDS.personRole]: mandate.role === "guardian" ? CODES.guardian : CODES.mandateHolder,
        [FIELDS.issues]: issuesOf(mandate),
      }),
    ),
  );
}

export async function handleCompanyPrincipals(context: TSandboxContext, request: TSandboxRequest) {
  if (!(await isAuthorized(context, request))) return;
  const delegateId = request.params.delegateId;
  sendJson(
    request.res,
    200,
    TEST_MANDATES.filter((mandate) => mandate.agentId === delegateId && isCompany(mandate)).map(
      (mandate) => ({
        [FIELDS.companyId]: mandate.principalId,
        [FIELDS.companyName]: testPartyName(mandate.principalId) ?? mandate.principalId,
        [FIELDS.companyRoles]: mandate.companyRoles ?? [],
        [FIELDS.issues]: issuesOf(mandate),
        complete: true,
      }),
    ),
  );
}

function authorizationHandler(kind: "person" | "company") {
  return async (context: TSandboxContext, request: TSandboxRequest) => {
    if (!(await isAuthorized(context, request))) return;
    const { delegateId, principalId } = request.params;
    const issue = request.url.searchParams.get("issue") ?? "";
    const mandate = TEST_MANDATES.find(
      (candidate) =>
        candidate.agentId === delegateId &&
        candidate.principalId === principalId &&
        isCompany(candidate) === (kind === "company"),
    );
    const reasons = !mandate ? ["NO_MANDATE"] : issue && !covers(mandate, issue) ? ["ISSUE_NOT_COVERED"] : [];
    sendJson(request.res, 200, {
      principalId,
      [FIELDS.result]: reasons.length === 0 ? CODES.allowed : "DISALLOWED",
      reasons,
    });
  };
}

export const handlePersonAuthorization = authorizationHandler("person");
export const handleCompanyAuthorization = authorizationHandler("company");
