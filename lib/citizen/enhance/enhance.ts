// The citizen pages' one progressive-enhancement script (built to public/assets/enhance.js). Everything works
// without it; with it: the error summary gets focus, conditional fields show and hide at once, text fields are
// checked as the person leaves them (light rules from the server, see client-rules.ts), and the hand-off adds
// stored files to the post and submits itself.
import { evaluateCondition } from "@/lib/forms/conditions";
import type { TCondition } from "@/lib/forms/condition-definition";
import type { TLanguage } from "@/lib/forms/localized-text";
import type { TClientRules } from "./client-rules";
import { attachLiveValidation } from "./live-validation";

type TStepData = {
  kind: "step";
  language: TLanguage;
  pageId: string;
  contextAnswers: Record<string, unknown>;
  rules: TClientRules;
  messages: { errorSummaryTitle: string; errorPrefix: string };
};

function readData(): TStepData | { kind: "handoff" } | undefined {
  const element = document.getElementById("lomake-data");
  if (!element?.textContent) return undefined;
  try {
    return JSON.parse(element.textContent) as TStepData | { kind: "handoff" };
  } catch {
    return undefined;
  }
}

/** Values as lib/forms' coercion gives them, for conditions: yes/no as booleans, checkboxes as lists. */
function currentAnswers(form: HTMLFormElement, data: TStepData): Record<string, unknown> {
  const answers: Record<string, unknown> = { ...data.contextAnswers };
  const setValue = (name: string, value: unknown) => {
    const match = /^([A-Za-z][A-Za-z0-9_]*)\[(\d+)\]\.([A-Za-z][A-Za-z0-9_]*)$/.exec(name);
    if (!match) {
      answers[name] = value;
      return;
    }
    const rows = (
      Array.isArray(answers[match[1]!]) ? answers[match[1]!] : (answers[match[1]!] = [])
    ) as Array<Record<string, unknown>>;
    (rows[Number(match[2])] ??= {})[match[3]!] = value;
  };
  form.querySelectorAll<HTMLElement>("[data-field]").forEach((wrapper) => {
    const name = wrapper.dataset.field!;
    const type = wrapper.dataset.fieldType;
    const controls = [...form.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(name)}"]`)];
    if (type === "multipleChoice")
      setValue(
        name,
        controls.filter((control) => control.checked).map((control) => control.value),
      );
    else if (type === "consent")
      setValue(
        name,
        controls.some((control) => control.checked),
      );
    else if (type === "yesNo") {
      const checked = controls.find((control) => control.checked)?.value;
      setValue(name, checked === "yes" ? true : checked === "no" ? false : undefined);
    } else if (type === "singleChoice" && controls[0]?.type === "radio")
      setValue(name, controls.find((control) => control.checked)?.value);
    else if (controls[0] && controls[0].type !== "file") setValue(name, controls[0].value);
  });
  return answers;
}

function rowOf(answers: Record<string, unknown>, scope: string): Record<string, unknown> | undefined {
  const match = /^([A-Za-z][A-Za-z0-9_]*)\[(\d+)\]\.$/.exec(scope);
  if (!match) return undefined;
  const rows = answers[match[1]!];
  return Array.isArray(rows) ? (rows[Number(match[2])] as Record<string, unknown> | undefined) : undefined;
}

function updateConditions(form: HTMLFormElement, answers: Record<string, unknown>): void {
  form.querySelectorAll<HTMLElement>("[data-visible-if]").forEach((element) => {
    let condition: TCondition;
    try {
      condition = JSON.parse(element.dataset.visibleIf ?? "") as TCondition;
    } catch {
      return;
    }
    const row = element.dataset.scope ? rowOf(answers, element.dataset.scope) : undefined;
    const isVisible = evaluateCondition(condition, (key) => (row && key in row ? row[key] : answers[key]));
    element.hidden = !isVisible;
  });
}

function enhanceStep(data: TStepData): void {
  const form = document.querySelector<HTMLFormElement>("form[data-enhanced-form]");
  if (!form) return;
  // With the script, conditional questions appear as the person answers: the no-script bookkeeping goes.
  form.querySelector("[data-shown-fields]")?.remove();
  const refresh = () => updateConditions(form, currentAnswers(form, data));
  form.addEventListener("input", refresh);
  form.addEventListener("change", refresh);
  attachLiveValidation({
    form,
    rules: data.rules,
    errorPrefix: data.messages.errorPrefix,
    answers: () => currentAnswers(form, data),
  });
  refresh();
}

async function enhanceHandoff(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>("form[data-handoff-form]");
  if (!form) return;
  const button = form.querySelector<HTMLButtonElement>("[data-handoff-button]");
  const status = form.querySelector<HTMLElement>("[data-handoff-status]");
  const fileField = form.dataset.fileField;
  const items = [...form.querySelectorAll<HTMLElement>("[data-file-url]")];
  if (status) status.hidden = false;
  try {
    if (fileField && items.length > 0 && typeof DataTransfer !== "undefined") {
      const transfer = new DataTransfer();
      for (const item of items) {
        const response = await fetch(item.dataset.fileUrl!, { credentials: "same-origin" });
        if (!response.ok) throw new Error("file");
        const blob = await response.blob();
        transfer.items.add(new File([blob], item.dataset.fileName ?? "liite", { type: blob.type }));
      }
      const input = document.createElement("input");
      input.type = "file";
      input.name = fileField;
      input.multiple = true;
      input.hidden = true;
      form.append(input);
      input.files = transfer.files;
    }
  } catch {
    // Files stay with Lomake (listed by SHA-256 in the text); the post itself still goes.
  }
  if (button) button.disabled = true;
  form.submit();
}

/** A "change" link from check your answers ends in #field: put the cursor in that field, not just near it. */
function focusLinkedControl(): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (target && /^(INPUT|TEXTAREA|SELECT|FIELDSET)$/.test(target.tagName)) target.focus();
}

function start(): void {
  const summary = document.querySelector<HTMLElement>("[data-error-summary]");
  if (summary) summary.focus();
  else focusLinkedControl();
  const data = readData();
  if (data?.kind === "step") enhanceStep(data);
  else if (data?.kind === "handoff") void enhanceHandoff();
  document.querySelectorAll<HTMLInputElement>("[data-resume-link]").forEach((input) => {
    input.addEventListener("focus", () => input.select());
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
