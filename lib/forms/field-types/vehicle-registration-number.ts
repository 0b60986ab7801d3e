import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import {
  isValidVehicleRegistrationNumber,
  normaliseVehicleRegistrationNumber,
  VEHICLE_REGISTRATION_NUMBER_MAX_LENGTH,
  VEHICLE_REGISTRATION_NUMBER_PATTERN,
} from "../vendor/vehicle-registration-number";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZVehicleRegistrationNumberSettings = z.object({}).strict();

/** Finnish vehicle registration number (rekisteritunnus), normalised to "ABC-123". */
export const vehicleRegistrationNumberFieldType: TFieldTypeDefinition<"vehicleRegistrationNumber"> = {
  type: "vehicleRegistrationNumber",
  settingsSchema: ZVehicleRegistrationNumberSettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const message = invalidMessage(field, context, "invalidVehicleRegistrationNumber");
    return z
      .string({ error: message })
      .transform(normaliseVehicleRegistrationNumber)
      .refine(isValidVehicleRegistrationNumber, { error: message });
  },
  coerce: (input, name) => readText(input, name),
  formatValue: (value) => value,
  toJsonSchema: () => ({
    type: "string",
    pattern: VEHICLE_REGISTRATION_NUMBER_PATTERN,
    maxLength: VEHICLE_REGISTRATION_NUMBER_MAX_LENGTH,
  }),
  autocomplete: () => "off",
  maxFormattedLength: () => VEHICLE_REGISTRATION_NUMBER_MAX_LENGTH,
};
