import { getForWhom, postForWhom } from "../../../_lib/filing-handlers";
import { withForm } from "../../../_lib/with-form";

export const dynamic = "force-dynamic";
const GATED = { isIdentificationGated: true, isFilingChoice: true };
export const GET = withForm((context) => getForWhom(context), GATED);
export const POST = withForm((context) => postForWhom(context), GATED);
