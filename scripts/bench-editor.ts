// Benchmark (not a test): how long the form builder takes to open a 300-field form, and to show a label edit
// in the live preview. Run against a running app with the demo seed:
//   node --conditions=react-server --import tsx scripts/bench-editor.ts [--url http://localhost:3000] [--runs 3]
import { chromium, type Page } from "@playwright/test";
import { parseArgs } from "node:util";
import type { TFormDefinition } from "@/lib/forms/definition";

const { values: options } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:3000" },
    runs: { type: "string", default: "3" },
    fields: { type: "string", default: "300" },
    chromium: { type: "string", default: "/usr/bin/chromium" },
  },
});
const BASE = options.url!;
const FIELD_COUNT = Number(options.fields);
const RUNS = Number(options.runs);
const PAGE_SIZE = 100;

/** A definition with FIELD_COUNT fields of mixed types over pages of 100. */
function bigDefinition(): TFormDefinition {
  const types = ["shortText", "number", "email", "date", "yesNo", "longText"] as const;
  const pages: TFormDefinition["pages"] = [];
  for (let index = 0; index < FIELD_COUNT; index += 1) {
    if (index % PAGE_SIZE === 0)
      pages.push({ id: `sivu-${pages.length + 1}`, title: { fi: `Sivu ${pages.length + 1}` }, elements: [] });
    const type = types[index % types.length]!;
    const settings =
      type === "shortText" ? { maxLength: 10 } : type === "longText" ? { maxLength: 10, rows: 3 } : {};
    pages.at(-1)!.elements.push({
      type,
      key: `kentta${index + 1}`,
      label: { fi: `Kenttä ${index + 1}` },
      required: false,
      settings,
    } as TFormDefinition["pages"][number]["elements"][number]);
  }
  return { schemaVersion: 1, languages: ["fi"], title: { fi: "Suorituskykytesti" }, pages };
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${BASE}/admin/sign-in`);
  await page.getByLabel("Sähköpostiosoite").fill("omistaja@demokunta.example");
  await page.getByLabel("Salasana", { exact: true }).fill("Demokunta-salasana-2026");
  await page.getByRole("button", { name: "Kirjaudu", exact: true }).click();
  await page.waitForURL(/\/admin$/);
}

async function createBigForm(page: Page): Promise<string> {
  await page.goto(`${BASE}/admin/forms/new`);
  await page.getByLabel("Lomakkeen nimi").fill("Suorituskykytesti");
  await page.getByLabel("Verkko-osoite").fill(`bench-${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Luo lomake" }).click();
  await page.waitForURL(/\/edit$/);
  const editUrl = page.url();
  await page.getByRole("button", { name: "Tuonti ja vienti" }).click();
  await page.getByLabel("tai liitä JSON tähän").fill(JSON.stringify(bigDefinition()));
  await page.getByRole("button", { name: "Tuo ja korvaa luonnos" }).click();
  await page.getByText("Määrittely tuotu luonnokseen.").waitFor();
  return editUrl;
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

const browser = await chromium.launch({
  executablePath: options.chromium,
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await signIn(page);
  const editUrl = await createBigForm(page);
  const openTimes: number[] = [];
  const previewTimes: number[] = [];
  const typingTimes: number[] = [];
  for (let run = 0; run < RUNS + 1; run += 1) {
    // Open: navigation start → every field on the canvas and the builder interactive (a palette click works).
    const started = Date.now();
    await page.goto(editUrl);
    await page.waitForFunction(
      (count) => document.querySelectorAll("[data-element-name]").length === count,
      FIELD_COUNT,
    );
    await page.getByRole("button", { name: "Lisää Lyhyt teksti", exact: true }).isEnabled();
    const opened = Date.now() - started;

    // Label edit → preview: type a new label for field 1, open the preview, wait until the renderer shows it.
    await page.locator("[data-element-name='kentta1'] button[aria-pressed]").click();
    const label = `Muokattu ${run}`;
    const editStarted = Date.now();
    await page.getByLabel("Kysymys tai otsikko (suomi)").fill(label);
    await page.locator("[data-element-name='kentta1']", { hasText: label }).waitFor();
    const typed = Date.now() - editStarted;
    await page.getByRole("button", { name: "Esikatselu" }).click();
    await page.getByTestId("preview-frame").getByText(label).waitFor();
    const previewed = Date.now() - editStarted;
    await page.getByRole("button", { name: "Rakenne" }).click();
    await page.getByTestId("save-status").and(page.locator("[data-status='saved']")).waitFor();
    if (run === 0) continue; // the first round warms caches and compiles
    openTimes.push(opened);
    typingTimes.push(typed);
    previewTimes.push(previewed);
  }
  console.log(`Builder benchmark, ${FIELD_COUNT} fields, ${RUNS} runs (after one warm-up) against ${BASE}`);
  console.log(
    `  open builder until all fields are on the canvas: median ${median(openTimes)} ms (runs: ${openTimes.join(", ")})`,
  );
  console.log(
    `  label edit shown on the canvas:                  median ${median(typingTimes)} ms (runs: ${typingTimes.join(", ")})`,
  );
  console.log(
    `  label edit → visible in the live preview:        median ${median(previewTimes)} ms (runs: ${previewTimes.join(", ")})`,
  );
} finally {
  await browser.close();
}
