import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { ZFormDefinition, type TFormDefinition } from "@/lib/forms/definition";

const TEMPLATE_DIRECTORY = path.resolve("prisma", "seed-forms");
const TEMPLATE_ID = /^[a-z0-9-]+$/;

export interface TFormTemplate {
  id: string;
  title: TFormDefinition["title"];
  fieldCount: number;
}

/** The seeded example forms (prisma/seed-forms/*.json), offered as starting points for a new form. */
export async function listFormTemplates(): Promise<TFormTemplate[]> {
  const files = (await readdir(TEMPLATE_DIRECTORY)).filter((file) => file.endsWith(".json")).sort();
  return Promise.all(
    files.map(async (file) => {
      const id = file.slice(0, -".json".length);
      const definition = await readFormTemplate(id);
      const fieldCount = definition.pages.reduce((sum, page) => sum + page.elements.length, 0);
      return { id, title: definition.title, fieldCount };
    }),
  );
}

export async function readFormTemplate(id: string): Promise<TFormDefinition> {
  if (!TEMPLATE_ID.test(id)) throw new Error("Unknown template");
  const raw = JSON.parse(await readFile(path.join(TEMPLATE_DIRECTORY, `${id}.json`), "utf8"));
  const { $schema: _schema, ...definition } = ZFormDefinition.parse(raw);
  return definition;
}
