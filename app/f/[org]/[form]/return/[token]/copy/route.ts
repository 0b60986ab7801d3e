import { getCitizenCopy } from "../../../../../_lib/submit-handlers";
import { withForm } from "../../../../../_lib/with-form";

export const dynamic = "force-dynamic";
export const GET = withForm((context, params) => getCitizenCopy(context, params.token!));
