import { getExit } from "../../../_lib/exit-handler";
import { withForm } from "../../../_lib/with-form";

export const dynamic = "force-dynamic";
export const GET = withForm((context) => getExit(context), { isIdentificationGated: true });
