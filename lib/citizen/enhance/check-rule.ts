// Checks one value against a client rule (lib/citizen/enhance/client-rules). Runs in the browser: imports only
// the small identifier validators of lib/forms/vendor, never zod or the full answer validator. Normalisation
// mirrors lib/forms/field-types (a unit test compares the two on the same inputs).
import { cleanText } from "@/lib/forms/clean-text";
import { normaliseBusinessId, isValidBusinessId } from "@/lib/forms/vendor/business-id";
import { normaliseHenkilotunnus, parseHenkilotunnus } from "@/lib/forms/vendor/henkilotunnus";
import { isValidIban, normaliseIban } from "@/lib/forms/vendor/iban";
import {
  isValidVehicleRegistrationNumber,
  normaliseVehicleRegistrationNumber,
} from "@/lib/forms/vendor/vehicle-registration-number";
import type { TClientRule } from "./client-rules";

// zod 4's z.email() pattern, which the server uses.
const EMAIL =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const MAX_EMAIL_LENGTH = 254;

function matchesWhole(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, "u").test(value);
  } catch {
    return false;
  }
}

function lengthMessage(rule: TClientRule, value: string): string | undefined {
  if (rule.minLength !== undefined && value.length < rule.minLength) return rule.messages.tooShort;
  if (rule.maxLength !== undefined && value.length > rule.maxLength) return rule.messages.tooLong;
  return undefined;
}

/**
 * The message to show for this value, or undefined when the rule finds nothing wrong.
 * `isRequiredNow` is the rule's required flag or its requiredIf condition, evaluated by the caller.
 */
export function checkRule(rule: TClientRule, rawValue: string, isRequiredNow: boolean): string | undefined {
  const isMultiline = rule.kind === "multilineText";
  const value = cleanText(rawValue, isMultiline);
  if (value === "") return isRequiredNow ? rule.messages.required : undefined;
  switch (rule.kind) {
    case "presence":
      return undefined;
    case "text":
    case "multilineText": {
      const length = lengthMessage(rule, value);
      if (length) return length;
      if (rule.pattern !== undefined && !matchesWhole(rule.pattern, value)) return rule.messages.pattern;
      return undefined;
    }
    case "personalIdentityCode":
      return parseHenkilotunnus(normaliseHenkilotunnus(rawValue)) ? undefined : rule.messages.invalid;
    case "businessId":
      return isValidBusinessId(normaliseBusinessId(rawValue)) ? undefined : rule.messages.invalid;
    case "vehicleRegistrationNumber":
      return isValidVehicleRegistrationNumber(normaliseVehicleRegistrationNumber(value))
        ? undefined
        : rule.messages.invalid;
    case "iban": {
      const iban = normaliseIban(value);
      if (!isValidIban(iban)) return rule.messages.invalid;
      return rule.isFinnishOnly && !iban.startsWith("FI") ? rule.messages.notFinnish : undefined;
    }
    case "postalCode":
      return /^\d{5}$/.test(value.replace(/\s+/g, "")) ? undefined : rule.messages.invalid;
    case "email": {
      const at = value.lastIndexOf("@");
      const email = at < 0 ? value : value.slice(0, at) + value.slice(at).toLowerCase();
      return EMAIL.test(email) && email.length <= MAX_EMAIL_LENGTH ? undefined : rule.messages.invalid;
    }
  }
}
