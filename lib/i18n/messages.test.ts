// One text system: every user-facing text is in lib/i18n/messages (next-intl message files, ICU syntax), the
// same keys and ICU arguments in fi, sv and en, and no source file keeps a catalogue of its own.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";

const MESSAGES = "lib/i18n/messages";

/** The admin's files (messages/<locale>.json) and each namespace's (messages/<namespace>/<locale>.json). */
function messageSets(): Array<{ name: string; files: Record<string, unknown> }> {
  const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
  const sets = [
    { name: "admin", files: Object.fromEntries(LOCALES.map((l) => [l, read(`${MESSAGES}/${l}.json`)])) },
  ];
  for (const entry of fs.readdirSync(MESSAGES, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const directory = `${MESSAGES}/${entry.name}`;
    expect(fs.readdirSync(directory).sort(), directory).toEqual(LOCALES.map((l) => `${l}.json`).sort());
    sets.push({
      name: entry.name,
      files: Object.fromEntries(LOCALES.map((l) => [l, read(`${directory}/${l}.json`)])),
    });
  }
  return sets;
}

function leaves(value: unknown, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  if (typeof value === "string") result.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [leafPath, text] of leaves(child, prefix ? `${prefix}.${key}` : key))
        result.set(leafPath, text);
    }
  } else throw new Error(`${prefix}: a message is a string or an object of messages`);
  return result;
}

/** The ICU arguments of a message with their kind, e.g. ["count:plural", "label"] (quoted '{x}' is text). */
function icuArguments(message: string): string[] {
  const unquoted = message.replace(/'[{}#][^']*'/g, "");
  const found = new Set<string>();
  for (const match of unquoted.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+))?\s*[,}]/g)) {
    found.add(match[2] ? `${match[1]}:${match[2]}` : match[1]!);
  }
  // `{count, plural, ...}` also uses `{count}` inside its branches: the kind is what matters.
  for (const argument of [...found]) if (argument.includes(":")) found.delete(argument.split(":")[0]!);
  return [...found].sort();
}

describe("message files", () => {
  const sets = messageSets();

  it("are found: the admin's and the namespaces of the citizen pages, validation and the builder", () => {
    expect(sets.map((set) => set.name)).toEqual(
      expect.arrayContaining(["admin", "citizen", "validation", "diagnostics", "defaults"]),
    );
  });

  it.each(sets.map((set) => [set.name, set.files] as const))(
    "%s: every key in fi, sv and en with the same ICU arguments, translated",
    (_name, files) => {
      const finnish = leaves(files.fi);
      for (const language of ["sv", "en"]) {
        const translated = leaves(files[language]);
        expect([...translated.keys()].sort(), language).toEqual([...finnish.keys()].sort());
        let identical = 0;
        for (const [key, text] of finnish) {
          // The same names; the kind may differ (English needs no plural where Finnish does, and back).
          const names = (message: string) => icuArguments(message).map((argument) => argument.split(":")[0]);
          expect(names(translated.get(key)!), `${language} ${key}`).toEqual(names(text));
          if (translated.get(key) === text) identical += 1;
        }
        // Copies of the Finnish text are not translations (a few words are the same, e.g. "Status").
        expect(identical, language).toBeLessThan(Math.max(2, finnish.size * 0.05));
      }
    },
  );

  it.each(sets.map((set) => [set.name, set.files] as const))(
    "%s: every message is valid ICU and formats with its arguments",
    (_name, files) => {
      for (const locale of LOCALES) {
        const problems: string[] = [];
        const t = createTranslator({
          locale,
          messages: files[locale] as Record<string, string>,
          timeZone: "Europe/Helsinki",
          onError: (error) => problems.push(error.message),
        });
        for (const [key, text] of leaves(files[locale])) {
          const values = Object.fromEntries(
            icuArguments(text).map((argument) => [argument.split(":")[0]!, 2]),
          );
          const tags = [...text.matchAll(/<(\w+)>/g)].map((match) => match[1]!);
          const tagValues = Object.fromEntries(tags.map((tag) => [tag, (chunks: unknown) => chunks]));
          if (tags.length) t.rich(key as never, { ...values, ...tagValues } as never);
          else t(key as never, values as never);
        }
        expect(problems, locale).toEqual([]);
      }
    },
  );
});

// A catalogue is an object literal with both `fi` and `sv` keys holding text (strings, lists or objects of
// them, or functions building them). Form definitions, i.e. the editor's own content, are data, allowed in
// fixtures and the demo seed; the Suomi.fi sandbox imitates another service's pages with that service's texts.
const ALLOWED = [
  /\.test\.tsx?$/,
  /\/testing\//,
  /^lib\/demo\//,
  /^lib\/suomifi\/sandbox\//,
  /^lib\/i18n\/locales\.ts$/, // each language's name in itself, not a translation
];

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const hasLetters = (node: ts.Node): boolean =>
  ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /\p{L}/u.test(node.text)) ||
  (ts.isTemplateExpression(node) && /\p{L}/u.test(node.getText())) ||
  (ts.forEachChild(node, (child) => hasLetters(child) || undefined) ?? false);

export function findCatalogues(file: string, text = fs.readFileSync(file, "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const textOf = (name: string) =>
        node.properties.find(
          (property): property is ts.PropertyAssignment =>
            ts.isPropertyAssignment(property) &&
            (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) &&
            property.name.text === name,
        );
      const finnish = textOf("fi");
      const swedish = textOf("sv");
      if (finnish && swedish && hasLetters(finnish.initializer) && hasLetters(swedish.initializer)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${file}:${line + 1}: ${finnish.initializer.getText().slice(0, 60)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("no second text system", () => {
  it("finds a catalogue when there is one (the scanner itself)", () => {
    expect(
      findCatalogues("x.ts", `const WORDS = { yes: { fi: "Kyllä", sv: "Ja", en: "Yes" } };`),
    ).toHaveLength(1);
    expect(findCatalogues("x.ts", `const T = { fi: ["Kyllä", "Ei"], sv: ["Ja", "Nej"] };`)).toHaveLength(1);
    expect(
      findCatalogues(
        "x.ts",
        "const M = { fi: { body: (l) => `Linkki ${l}` }, sv: { body: (l) => `Länk ${l}` } };",
      ),
    ).toHaveLength(1);
    expect(findCatalogues("x.ts", `const EMPTY = { fi: "", sv: "", en: "" };`)).toEqual([]);
  });

  it("no lib/, components/ or app/ source holds a Finnish/Swedish text catalogue outside the message files", () => {
    const files = ["lib", "components", "app"]
      .flatMap(sourceFiles)
      .filter((file) => !ALLOWED.some((pattern) => pattern.test(file.split(path.sep).join("/"))));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => findCatalogues(file))).toEqual([]);
  });
});
