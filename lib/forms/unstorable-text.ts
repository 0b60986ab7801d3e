// PostgreSQL's jsonb refuses "\u0000" and unpaired UTF-16 surrogates: a definition holding one would fail to
// save with a database error. The schema refuses them with a message instead, at the path where they are.

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isUnstorableText(value: string): boolean {
  return UNSTORABLE.test(value);
}

/** Paths ("pages/0/elements/2/label/fi") of every string or object key that cannot be stored. */
export function findUnstorableText(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return isUnstorableText(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => findUnstorableText(item, [...path, index]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(isUnstorableText(key) ? [[...path, key]] : []),
      ...findUnstorableText(item, [...path, key]),
    ]);
  }
  return [];
}
