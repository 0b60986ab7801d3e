// The builder's defaults for what an editor adds: a new field's label, a new choice, a new page's title.
import { createTexts } from "./create-texts";
import en from "./messages/defaults/en.json";
import fi from "./messages/defaults/fi.json";
import sv from "./messages/defaults/sv.json";

export const defaultsTexts = createTexts({ fi, sv, en });
export type TDefaultsMessages = typeof fi;
