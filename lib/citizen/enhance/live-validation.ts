// Checks text fields as the person leaves them (and clears an error as soon as it is fixed), with the light
// rules the server put in the page. An error is shown at the field like the server's and announced once in a
// polite live region. The server validates everything again on continue.
import { evaluateCondition } from "@/lib/forms/conditions";
import { checkRule } from "./check-rule";
import type { TClientRule, TClientRules } from "./client-rules";
import { setFieldError, shownError } from "./field-errors";

type TControl = HTMLInputElement | HTMLTextAreaElement;

function isTextControl(target: EventTarget | null): target is TControl {
  return (
    (target instanceof HTMLInputElement &&
      !["radio", "checkbox", "file", "hidden", "submit"].includes(target.type)) ||
    target instanceof HTMLTextAreaElement
  );
}

function liveRegion(): HTMLElement {
  let region = document.getElementById("lomake-live");
  if (!region) {
    region = document.createElement("div");
    region.id = "lomake-live";
    region.className = "visually-hidden";
    region.setAttribute("aria-live", "polite");
    document.body.append(region);
  }
  return region;
}

export function attachLiveValidation(input: {
  form: HTMLFormElement;
  rules: TClientRules;
  errorPrefix: string;
  answers: () => Record<string, unknown>;
}): void {
  const { form, rules, errorPrefix } = input;
  const region = liveRegion();
  const touched = new Set<string>();

  const ruleOf = (control: TControl): TClientRule | undefined =>
    rules[control.name.replace(/\[\d+\]/g, "[]")];

  const messageFor = (control: TControl, rule: TClientRule): string | undefined => {
    if (control.closest("[hidden]")) return undefined;
    if (rule.countryInput) {
      const country = form.querySelector<HTMLSelectElement>(
        `[name="${CSS.escape(rule.countryInput)}"]`,
      )?.value;
      if (country && country !== "FI") return undefined;
    }
    const answers = input.answers();
    const isRequiredNow =
      rule.isRequired === true ||
      (rule.requiredIf !== undefined && evaluateCondition(rule.requiredIf, (key) => answers[key]));
    return checkRule(rule, control.value, isRequiredNow);
  };

  const announce = (text: string) => {
    region.textContent = "";
    // A fresh text node after a tick, so the same message is announced again for another field.
    window.setTimeout(() => {
      region.textContent = text;
    }, 50);
  };

  form.addEventListener("input", (event) => {
    if (!isTextControl(event.target)) return;
    const control = event.target;
    touched.add(control.name);
    const rule = ruleOf(control);
    const current = shownError(control.name);
    if (!rule || current === undefined) return;
    // While typing, only update or clear an error that is already shown; new ones wait for leaving the field.
    const message = messageFor(control, rule);
    if (message !== current) setFieldError(control.name, message, errorPrefix);
  });

  // Leaving a field by pressing a button (Continue) must not move that button away under the pointer: an error
  // shown between pointerdown and click would make the click miss. Such updates wait until after the click, and
  // a submit cancels them (the server then reports everything).
  let isPointerDown = false;
  let pending: (() => void) | undefined;
  document.addEventListener("pointerdown", () => (isPointerDown = true), true);
  document.addEventListener(
    "pointerup",
    () => {
      isPointerDown = false;
      window.setTimeout(() => {
        const run = pending;
        pending = undefined;
        run?.();
      }, 0);
    },
    true,
  );
  form.addEventListener("submit", () => (pending = undefined));

  form.addEventListener("focusout", (event) => {
    if (!isTextControl(event.target)) return;
    const control = event.target;
    const rule = ruleOf(control);
    if (!rule) return;
    const apply = () => {
      const message = messageFor(control, rule);
      const current = shownError(control.name);
      // An untouched empty field is not an error yet: tabbing through the page must not fill it with messages.
      if (message && control.value.trim() === "" && !touched.has(control.name) && current === undefined)
        return;
      if (message === current) return;
      setFieldError(control.name, message, errorPrefix);
      if (message) announce(`${rule.label}: ${message}`);
    };
    if (isPointerDown) pending = apply;
    else apply();
  });

  // Choices have no rules here: a changed answer clears its old server error; the server checks it again.
  form.addEventListener("change", (event) => {
    const target = event.target as HTMLInputElement | null;
    if (!target?.name || (isTextControl(target) && ruleOf(target))) return;
    if (shownError(target.name) !== undefined) setFieldError(target.name, undefined, errorPrefix);
  });
}
