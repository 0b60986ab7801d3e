import { getResume } from "../../../../_lib/start-handlers";
import { withForm } from "../../../../_lib/with-form";

const GATED = { isIdentificationGated: true };

export const dynamic = "force-dynamic";
export const GET = withForm((context, params) => getResume(context, params.token!), GATED);
