// The answer validator's messages (also in the browser bundle for as-you-type checks).
import { createTexts } from "./create-texts";
import en from "./messages/validation/en.json";
import fi from "./messages/validation/fi.json";
import sv from "./messages/validation/sv.json";

export const validationTexts = createTexts({ fi, sv, en });
export type TValidationMessages = typeof fi;
