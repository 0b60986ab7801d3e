// What a translation file says to its translator: where each text appears, the spreadsheet's headings.
import { createTexts } from "./create-texts";
import en from "./messages/translation-file/en.json";
import fi from "./messages/translation-file/fi.json";
import sv from "./messages/translation-file/sv.json";

export const translationFileTexts = createTexts({ fi, sv, en });
export type TTranslationFileMessages = typeof fi;
