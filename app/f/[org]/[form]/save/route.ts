import { getSaved, postSaved } from "../../../_lib/start-handlers";
import { withForm } from "../../../_lib/with-form";

export const dynamic = "force-dynamic";
export const GET = withForm((context) => getSaved(context));
export const POST = withForm((context) => postSaved(context));
