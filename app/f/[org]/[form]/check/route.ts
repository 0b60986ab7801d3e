import { getCheck, postCheck } from "../../../_lib/submit-handlers";
import { withForm } from "../../../_lib/with-form";

const GATED = { isIdentificationGated: true };

export const dynamic = "force-dynamic";
export const GET = withForm((context) => getCheck(context), GATED);
export const POST = withForm((context) => postCheck(context), GATED);
