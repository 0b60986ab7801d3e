"use client";
import { useTranslations } from "next-intl";
import { Controller, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { TElement } from "@/lib/forms/definition";
import { ChoicesEditor } from "./choices-editor";
import { PropertyInput } from "./property-input";

type TSettingKind =
  "int" | "number" | "text" | "checkbox" | "date" | "display" | "codes" | "mediaTypes" | "megabytes";
type TSetting = [name: string, kind: TSettingKind];

/** Exhaustive: a new field type does not compile until it lists its settings (an empty list when it has none). */
const SETTINGS: { readonly [T in TElement["type"]]: TSetting[] } = {
  shortText: [
    ["minLength", "int"],
    ["maxLength", "int"],
    ["pattern", "text"],
  ],
  longText: [
    ["minLength", "int"],
    ["maxLength", "int"],
    ["rows", "int"],
  ],
  number: [
    ["isInteger", "checkbox"],
    ["decimals", "int"],
    ["min", "number"],
    ["max", "number"],
    ["unit", "text"],
  ],
  email: [],
  phone: [["allowInternational", "checkbox"]],
  date: [
    ["min", "date"],
    ["max", "date"],
    ["isNotInFuture", "checkbox"],
    ["isNotInPast", "checkbox"],
  ],
  time: [],
  singleChoice: [["display", "display"]],
  multipleChoice: [
    ["minSelections", "int"],
    ["maxSelections", "int"],
  ],
  yesNo: [],
  consent: [],
  personalIdentityCode: [],
  businessId: [],
  vehicleRegistrationNumber: [],
  iban: [["isFinnishOnly", "checkbox"]],
  postalCode: [],
  address: [["allowForeign", "checkbox"]],
  municipality: [["allowedCodes", "codes"]],
  country: [],
  file: [
    ["allowedMediaTypes", "mediaTypes"],
    ["maxFileSizeBytes", "megabytes"],
    ["maxFiles", "int"],
  ],
  repeatingGroup: [
    ["minRows", "int"],
    ["maxRows", "int"],
  ],
  heading: [],
  info: [],
};

const MEDIA_TYPES = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/*",
  "text/plain",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
];
const MEGABYTE = 1024 * 1024;

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const toNumber = (value: unknown) =>
  value === "" || value === null || value === undefined ? undefined : Number(String(value).replace(",", "."));
const toCodes = (value: unknown) => {
  if (Array.isArray(value)) return value.length ? value : undefined;
  const codes = String(value ?? "")
    .split(/[\s,;]+/)
    .filter(Boolean);
  return codes.length ? codes : undefined;
};

/** The field type's own settings (limits, choices, allowed file types…), each bound to `settings.<name>`. */
export function TypeSettingsFields({
  type,
  form,
}: {
  type: TElement["type"];
  form: UseFormReturn<FieldValues>;
}) {
  const t = useTranslations("builder.settings");
  const { register, control, formState } = form;
  const settingsErrors = (formState.errors.settings ?? {}) as Record<
    string,
    { message?: string } | undefined
  >;
  const hasRangeError =
    (formState.errors.settings as { message?: string } | undefined)?.message !== undefined;
  const inputs = SETTINGS[type].map(([name, kind]) => {
    const id = `setting-${name}`;
    const path = `settings.${name}`;
    const error = settingsErrors[name] ? t("invalid") : undefined;
    switch (kind) {
      case "checkbox":
        return (
          <div key={name} className="mb-3 flex items-center gap-2">
            <input id={id} type="checkbox" className="h-5 w-5" {...register(path)} />
            <label htmlFor={id}>{t(name)}</label>
          </div>
        );
      case "display":
        return (
          <div key={name} className="mb-3">
            <label htmlFor={id} className="label text-base">
              {t(name)}
            </label>
            <select id={id} className="input" {...register(path)}>
              <option value="radio">{t("displayRadio")}</option>
              <option value="dropdown">{t("displayDropdown")}</option>
            </select>
          </div>
        );
      case "mediaTypes":
        return (
          <Controller
            key={name}
            control={control}
            name={path}
            render={({ field }) => (
              <fieldset className="mb-3">
                <legend className="label text-base">{t(name)}</legend>
                {error ? <span className="field-error">{t("mediaTypesRequired")}</span> : null}
                {MEDIA_TYPES.map((mediaType, index) => {
                  const selected = (field.value as string[] | undefined) ?? [];
                  return (
                    <div key={mediaType} className="flex items-center gap-2">
                      <input
                        id={`${id}-${index}`}
                        type="checkbox"
                        className="h-5 w-5"
                        checked={selected.includes(mediaType)}
                        onChange={(event) =>
                          field.onChange(
                            event.target.checked
                              ? [...selected, mediaType]
                              : selected.filter((item) => item !== mediaType),
                          )
                        }
                      />
                      <label htmlFor={`${id}-${index}`} className="text-base">
                        {t.has(`mediaTypeNames.${index}`) ? t(`mediaTypeNames.${index}`) : mediaType}
                      </label>
                    </div>
                  );
                })}
              </fieldset>
            )}
          />
        );
      case "megabytes":
        return (
          <Controller
            key={name}
            control={control}
            name={path}
            render={({ field }) => (
              <PropertyInput
                id={id}
                label={t(name)}
                inputMode="decimal"
                error={error}
                defaultValue={String(Number(field.value) / MEGABYTE)}
                onChange={(event) =>
                  field.onChange(Math.round(Number(event.target.value.replace(",", ".")) * MEGABYTE))
                }
                onBlur={field.onBlur}
              />
            )}
          />
        );
      default:
        return (
          <PropertyInput
            key={name}
            id={id}
            label={t(name)}
            type={kind === "date" ? "date" : "text"}
            inputMode={kind === "int" ? "numeric" : kind === "number" ? "decimal" : undefined}
            error={error}
            {...register(path, {
              setValueAs:
                kind === "int" || kind === "number"
                  ? toNumber
                  : kind === "codes"
                    ? toCodes
                    : blankToUndefined,
            })}
          />
        );
    }
  });
  return (
    <>
      {hasRangeError ? <p className="field-error">{t("invalid")}</p> : null}
      {inputs}
      {type === "singleChoice" || type === "multipleChoice" ? <ChoicesEditor form={form} /> : null}
    </>
  );
}
