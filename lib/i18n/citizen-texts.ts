// The citizen pages: page texts, Suomi.fi Identification, the field renderers' words, upload refusals, the accessibility statement.
import { createTexts } from "./create-texts";
import en from "./messages/citizen/en.json";
import fi from "./messages/citizen/fi.json";
import sv from "./messages/citizen/sv.json";

export const citizenTexts = createTexts({ fi, sv, en });
export type TCitizenMessages = typeof fi;
