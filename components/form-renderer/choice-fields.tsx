// Renderers of fields chosen from options: radios, dropdowns, checkboxes, yes/no and consent.
import { fieldAutocomplete } from "@/lib/forms/field-autocomplete";
import { localize, type TLanguage } from "@/lib/forms/localized-text";
import { listMunicipalities, municipalityName } from "@/lib/forms/data/municipalities";
import { getCountryName, listCountryCodes } from "@/lib/forms/vendor/countries";
import { yesNoWord } from "@/lib/forms/field-types/yes-no";
import { controlId } from "./field-names";
import { describedBy, FieldsetFrame, InputFrame } from "./field-frame";
import { asString, fieldHint, fieldLabel, isFieldOptional, type TFieldRendererProps } from "./field-props";
import { rendererText } from "./renderer-messages";

type TOption = { value: string; label: string };

function RadioGroup(props: TFieldRendererProps, options: TOption[], selected: string, isInline = false) {
  const { field, name, errors, language, idPrefix, resolve } = props;
  const id = controlId(idPrefix, name);
  const error = errors[name];
  return (
    <FieldsetFrame
      id={id}
      label={fieldLabel(field, language)}
      hint={fieldHint(field, language)}
      error={error}
      isOptional={isFieldOptional(field, resolve)}
      language={language}
    >
      <div className={`choices${isInline ? " choices--inline" : ""}`}>
        {options.map((option, index) => {
          const optionId = `${id}-${index + 1}`;
          return (
            <div className="choice" key={option.value}>
              <input
                className="choice-input"
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                defaultChecked={selected === option.value}
              />
              <label className="choice-label" htmlFor={optionId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetFrame>
  );
}

function Select(props: TFieldRendererProps, options: TOption[], selected: string, autoComplete = "off") {
  const { field, name, errors, language, idPrefix, resolve } = props;
  const id = controlId(idPrefix, name);
  const error = errors[name];
  const hint = fieldHint(field, language);
  return (
    <InputFrame
      id={id}
      label={fieldLabel(field, language)}
      hint={hint}
      error={error}
      isOptional={isFieldOptional(field, resolve)}
      language={language}
      isPart={name.includes("[")}
    >
      <select
        className="input select"
        id={id}
        name={name}
        defaultValue={selected}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        <option value="">{rendererText(language, "choose")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </InputFrame>
  );
}

export function SingleChoiceInput(props: TFieldRendererProps<"singleChoice">) {
  const options = props.field.settings.choices.map((choice) => ({
    value: choice.value,
    label: localize(choice.label, props.language),
  }));
  const selected = asString(props.value);
  return props.field.settings.display === "dropdown"
    ? Select(props as TFieldRendererProps, options, selected)
    : RadioGroup(props as TFieldRendererProps, options, selected);
}

export function YesNoInput(props: TFieldRendererProps<"yesNo">) {
  const selected =
    props.value === true || props.value === "yes"
      ? "yes"
      : props.value === false || props.value === "no"
        ? "no"
        : "";
  return RadioGroup(
    props as TFieldRendererProps,
    [
      { value: "yes", label: yesNoWord(true, props.language) },
      { value: "no", label: yesNoWord(false, props.language) },
    ],
    selected,
    true,
  );
}

export function MultipleChoiceInput(props: TFieldRendererProps<"multipleChoice">) {
  const { field, name, value, errors, language, idPrefix, resolve } = props;
  const id = controlId(idPrefix, name);
  const error = errors[name];
  const selected = Array.isArray(value) ? value.map(String) : [];
  return (
    <FieldsetFrame
      id={id}
      label={fieldLabel(field, language)}
      hint={fieldHint(field, language)}
      error={error}
      isOptional={isFieldOptional(field, resolve)}
      language={language}
    >
      <div className="choices">
        {field.settings.choices.map((choice, index) => {
          const optionId = `${id}-${index + 1}`;
          return (
            <div className="choice" key={choice.value}>
              <input
                className="choice-input"
                type="checkbox"
                id={optionId}
                name={name}
                value={choice.value}
                defaultChecked={selected.includes(choice.value)}
              />
              <label className="choice-label" htmlFor={optionId}>
                {localize(choice.label, language)}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetFrame>
  );
}

/** One checkbox the person must tick; its label is the statement. */
export function ConsentInput(props: TFieldRendererProps<"consent">) {
  const { field, name, value, errors, language, idPrefix } = props;
  const id = controlId(idPrefix, name);
  const error = errors[name];
  const hint = fieldHint(field, language);
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{rendererText(language, "errorPrefix")} </span>
          {error}
        </span>
      ) : null}
      <div className="choice">
        <input
          className="choice-input"
          type="checkbox"
          id={id}
          name={name}
          value="on"
          defaultChecked={value === true}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <label className="choice-label" htmlFor={id}>
          {fieldLabel(field, language)}
        </label>
      </div>
    </div>
  );
}

export function countryOptions(language: TLanguage): TOption[] {
  return listCountryCodes()
    .map((code) => ({ value: code, label: getCountryName(code, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}

export function CountryInput(props: TFieldRendererProps<"country">) {
  return Select(
    props as TFieldRendererProps,
    countryOptions(props.language),
    asString(props.value),
    fieldAutocomplete(props.field),
  );
}

export function MunicipalityInput(props: TFieldRendererProps<"municipality">) {
  const allowed = props.field.settings.allowedCodes;
  const options = listMunicipalities()
    .filter((municipality) => !allowed || allowed.includes(municipality.code))
    .map((municipality) => ({
      value: municipality.code,
      label: municipalityName(municipality, props.language),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, props.language));
  return Select(props as TFieldRendererProps, options, asString(props.value), fieldAutocomplete(props.field));
}
