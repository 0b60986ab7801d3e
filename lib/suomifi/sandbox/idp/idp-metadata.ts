// The sandbox IdP's metadata, shaped like Suomi.fi's: entityID, both signing certificates, SSO and SLO in the
// Redirect and POST bindings, the transient NameID format.
import {
  BINDING_POST,
  BINDING_REDIRECT,
  IDP_PATHS,
  idpEntityId,
  NAME_ID_TRANSIENT,
  SAML_NS,
} from "../../saml-constants";
import { escapeHtml as escapeXml } from "../html";
import type { TSandboxContext } from "../sandbox-context";
import { certificateBody, getIdpKeys } from "./idp-keys";

export async function renderIdpMetadata(context: TSandboxContext): Promise<string> {
  const keys = await getIdpKeys(context);
  const base = context.publicUrl;
  const keyDescriptor = (pem: string) => `
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certificateBody(pem)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>`;
  const endpoint = (element: string, binding: string, path: string) =>
    `<md:${element} Binding="${binding}" Location="${escapeXml(base + path)}"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="${SAML_NS.metadata}" xmlns:ds="${SAML_NS.dsig}" entityID="${escapeXml(idpEntityId(base))}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="true" protocolSupportEnumeration="${SAML_NS.protocol}">${keyDescriptor(keys.a.certificate)}${keyDescriptor(keys.b.certificate)}
    ${endpoint("SingleLogoutService", BINDING_REDIRECT, IDP_PATHS.sloRedirect)}
    ${endpoint("SingleLogoutService", BINDING_POST, IDP_PATHS.sloPost)}
    <md:NameIDFormat>${NAME_ID_TRANSIENT}</md:NameIDFormat>
    ${endpoint("SingleSignOnService", BINDING_REDIRECT, IDP_PATHS.ssoRedirect)}
    ${endpoint("SingleSignOnService", BINDING_POST, IDP_PATHS.ssoPost)}
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
`;
}
