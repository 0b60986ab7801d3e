import { getCheck, postCheck } from "../../../_lib/submit-handlers";
import { withForm } from "../../../_lib/with-form";

export const dynamic = "force-dynamic";
export const GET = withForm((context) => getCheck(context));
export const POST = withForm((context) => postCheck(context));
