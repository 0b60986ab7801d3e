// Henkilötunnus in admin lists: only the date part and the century sign, e.g. "010280-****". Pure, browser-safe.

/** Anything shaped like a henkilötunnus (with or without a valid checksum), case-insensitive. */
export const HENKILOTUNNUS_SHAPE =
  /(?<![0-9A-Za-z])(\d{6})([-+A-FU-Ya-fu-y])(\d{3}[0-9A-Ya-y])(?![0-9A-Za-z])/g;

/** "010280-952L" → "010280-****"; anything that is not henkilötunnus-shaped → "****". */
export function maskHenkilotunnus(value: string): string {
  const code = value.replace(/\s+/g, "").toUpperCase();
  const match = /^(\d{6})([-+A-FU-Y])[0-9]{3}[0-9A-Y]$/.exec(code);
  return match ? `${match[1]}${match[2]}****` : "****";
}

/** Masks every henkilötunnus-shaped part of a text (for lists and summaries that show free text). */
export function maskHenkilotunnusInText(text: string): string {
  return text.replace(
    HENKILOTUNNUS_SHAPE,
    (_whole, date: string, sign: string) => `${date}${sign.toUpperCase()}****`,
  );
}
