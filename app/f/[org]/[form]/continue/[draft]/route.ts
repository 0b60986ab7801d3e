// Opens one of the identified person's drafts in this browser (from "my forms in progress"): a new resume
// token for it, in the draft cookie. Only the person whose henkilötunnus hash the draft carries can do this.
import { identificationText } from "@/components/citizen/identification-messages";
import { citizenText } from "@/components/citizen/citizen-messages";
import { reissueDraftToken } from "@/lib/identification/person-drafts";
import { redirectResponse } from "../../../../_lib/citizen-http";
import { draftCookie } from "../../../../_lib/form-context";
import { identifiedPersonIdHash } from "../../../../_lib/identification-hooks";
import { messageResponse } from "../../../../_lib/message-responses";
import { withForm } from "../../../../_lib/with-form";

export const dynamic = "force-dynamic";
export const GET = withForm(async (context, params) => {
  const hash = identifiedPersonIdHash(context);
  if (!hash) return redirectResponse(context.request, context.urls.start);
  const token = /^[0-9a-f-]{36}$/.test(params.draft ?? "")
    ? await reissueDraftToken(params.draft!, context.form.id, hash)
    : undefined;
  if (!token)
    return messageResponse(
      context.request,
      context.language,
      {
        title: identificationText(context.language, "inProgressTitle"),
        paragraphs: [identificationText(context.language, "draftNotYours")],
        links: [{ href: context.urls.start, label: citizenText(context.language, "backToForm") }],
      },
      404,
    );
  return redirectResponse(context.request, context.urls.start, [draftCookie(context, token)]);
});
