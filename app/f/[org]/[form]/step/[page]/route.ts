import { getStep, postStep } from "../../../../_lib/step-handler";
import { withForm } from "../../../../_lib/with-form";

const GATED = { isIdentificationGated: true };

export const dynamic = "force-dynamic";
export const GET = withForm((context, params) => getStep(context, params.page!), GATED);
export const POST = withForm((context, params) => postStep(context, params.page!), GATED);
