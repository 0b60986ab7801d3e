import { getSaved, postSaved } from "../../../_lib/start-handlers";
import { withForm } from "../../../_lib/with-form";

const GATED = { isIdentificationGated: true };

export const dynamic = "force-dynamic";
export const GET = withForm((context) => getSaved(context), GATED);
export const POST = withForm((context) => postSaved(context), GATED);
