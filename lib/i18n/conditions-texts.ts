// The builder's plain-language summaries of show/require conditions.
import { createTexts } from "./create-texts";
import en from "./messages/conditions/en.json";
import fi from "./messages/conditions/fi.json";
import sv from "./messages/conditions/sv.json";

export const conditionsTexts = createTexts({ fi, sv, en });
export type TConditionsMessages = typeof fi;
