import type { TLanguage } from "@/lib/forms/localized-text";

/** The few words the field renderers add around the form's own texts. */
const RENDERER_MESSAGES = {
  errorPrefix: { fi: "Virhe:", sv: "Fel:", en: "Error:" },
  optional: { fi: "(valinnainen)", sv: "(frivillig)", en: "(optional)" },
  choose: { fi: "Valitse", sv: "Välj", en: "Choose" },
  street: { fi: "Katuosoite", sv: "Gatuadress", en: "Street address" },
  postalCode: { fi: "Postinumero", sv: "Postnummer", en: "Postal code" },
  postOffice: { fi: "Postitoimipaikka", sv: "Postanstalt", en: "Town or city" },
  country: { fi: "Maa", sv: "Land", en: "Country" },
  dateHint: {
    fi: "Muodossa pp.kk.vvvv, esimerkiksi 15.3.2026.",
    sv: "I formatet dd.mm.åååå, till exempel 15.3.2026.",
    en: "As dd.mm.yyyy, for example 15.3.2026.",
  },
  timeHint: {
    fi: "Muodossa tt.mm, esimerkiksi 14.30.",
    sv: "I formatet tt.mm, till exempel 14.30.",
    en: "As hh:mm, for example 14:30.",
  },
  addRow: { fi: "Lisää rivi", sv: "Lägg till rad", en: "Add a row" },
  removeRow: { fi: "Poista rivi", sv: "Ta bort raden", en: "Remove row" },
  noRows: { fi: "Ei rivejä.", sv: "Inga rader.", en: "No rows." },
  addFile: { fi: "Lisää tiedosto", sv: "Lägg till fil", en: "Add file" },
  removeFile: { fi: "Poista", sv: "Ta bort", en: "Remove" },
  addedFiles: { fi: "Lisätyt tiedostot", sv: "Tillagda filer", en: "Added files" },
  noFiles: { fi: "Ei lisättyjä tiedostoja.", sv: "Inga tillagda filer.", en: "No files added." },
  fileLimits: {
    fi: "Sallitut tiedostotyypit: {types}. Enintään {count} tiedostoa, kukin enintään {size}.",
    sv: "Tillåtna filtyper: {types}. Högst {count} filer, högst {size} var.",
    en: "Allowed file types: {types}. At most {count} files, {size} each at most.",
  },
} as const satisfies Record<string, Record<TLanguage, string>>;

export type TRendererMessageKey = keyof typeof RENDERER_MESSAGES;

export function rendererText(
  language: TLanguage,
  key: TRendererMessageKey,
  params: Record<string, string | number> = {},
): string {
  return RENDERER_MESSAGES[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
