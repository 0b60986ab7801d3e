// Renderers of fields made of several controls: address, file list and repeating group.
import type { TFileReference } from "@/lib/forms/answer-values";
import type { TLanguage } from "@/lib/forms/localized-text";
import { localize } from "@/lib/forms/localized-text";
import { formatByteSize } from "@/lib/forms/messages";
import { controlId } from "./field-names";
import { countryOptions } from "./choice-fields";
import { describedBy, FieldsetFrame, InputFrame } from "./field-frame";
import { asString, fieldHint, fieldLabel, isFieldOptional, type TFieldRendererProps } from "./field-props";
import { rendererText } from "./renderer-messages";

function Part(props: {
  name: string;
  idPrefix: string;
  label: string;
  value: string;
  error?: string;
  language: TLanguage;
  autoComplete: string;
  className?: string;
  inputMode?: "numeric";
}) {
  const id = controlId(props.idPrefix, props.name);
  return (
    <InputFrame
      id={id}
      label={props.label}
      error={props.error}
      isOptional={false}
      language={props.language}
      isPart
    >
      <input
        className={`input ${props.className ?? ""}`.trim()}
        id={id}
        name={props.name}
        type="text"
        defaultValue={props.value}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, undefined, props.error)}
      />
    </InputFrame>
  );
}

export function AddressInput(props: TFieldRendererProps<"address">) {
  const { field, name, value, errors, language, idPrefix, resolve } = props;
  const parts = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const id = controlId(idPrefix, name);
  const part = (key: string) => asString(parts[key]);
  const country = part("country") || "FI";
  return (
    <FieldsetFrame
      id={id}
      label={fieldLabel(field, language)}
      hint={fieldHint(field, language)}
      error={errors[name]}
      isOptional={isFieldOptional(field, resolve)}
      language={language}
    >
      <Part
        name={`${name}.street`}
        idPrefix={idPrefix}
        label={rendererText(language, "street")}
        value={part("street")}
        error={errors[`${name}.street`]}
        language={language}
        autoComplete="street-address"
      />
      <Part
        name={`${name}.postalCode`}
        idPrefix={idPrefix}
        label={rendererText(language, "postalCode")}
        value={part("postalCode")}
        error={errors[`${name}.postalCode`]}
        language={language}
        autoComplete="postal-code"
        className="input--width-5"
        inputMode={field.settings.allowForeign ? undefined : "numeric"}
      />
      <Part
        name={`${name}.postOffice`}
        idPrefix={idPrefix}
        label={rendererText(language, "postOffice")}
        value={part("postOffice")}
        error={errors[`${name}.postOffice`]}
        language={language}
        autoComplete="address-level2"
        className="input--width-20"
      />
      {field.settings.allowForeign ? (
        <InputFrame
          id={controlId(idPrefix, `${name}.country`)}
          label={rendererText(language, "country")}
          error={errors[`${name}.country`]}
          isOptional={false}
          language={language}
          isPart
        >
          <select
            className="input select"
            id={controlId(idPrefix, `${name}.country`)}
            name={`${name}.country`}
            defaultValue={country}
            autoComplete="country"
            aria-invalid={errors[`${name}.country`] ? true : undefined}
          >
            {countryOptions(language).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </InputFrame>
      ) : null}
    </FieldsetFrame>
  );
}

function fileErrors(errors: Record<string, string>, name: string): string | undefined {
  const messages = Object.entries(errors)
    .filter(([key]) => key === name || new RegExp(`^${name.replace(/[[\].]/g, "\\$&")}\\[\\d+\\]$`).test(key))
    .map(([, message]) => message);
  return messages.length > 0 ? messages.join(" ") : undefined;
}

function shortMediaType(mediaType: string): string {
  if (mediaType === "image/*") return "kuvat / bilder / images";
  const subtype = mediaType.split("/")[1] ?? mediaType;
  return subtype
    .replace(/^vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/, "docx")
    .replace(/^vnd\..*$/, subtype)
    .toUpperCase();
}

/** Uploaded files with remove buttons, then a file input; the host stores uploads server-side. */
export function FileInput(props: TFieldRendererProps<"file">) {
  const { field, name, value, errors, language, idPrefix, resolve } = props;
  const id = controlId(idPrefix, name);
  const error = fileErrors(errors, name);
  const files = (Array.isArray(value) ? value : []) as TFileReference[];
  const { allowedMediaTypes, maxFiles, maxFileSizeBytes } = field.settings;
  const limits = rendererText(language, "fileLimits", {
    types: allowedMediaTypes.map(shortMediaType).join(", "),
    count: maxFiles,
    size: formatByteSize(maxFileSizeBytes, language),
  });
  const hint = [fieldHint(field, language), limits].filter(Boolean).join(" ");
  const isFull = files.length >= maxFiles;
  return (
    <div className={`field file-field${error ? " field--error" : ""}`} data-file-field={name}>
      <label className="label" htmlFor={id}>
        {fieldLabel(field, language)}
        {isFieldOptional(field, resolve) ? (
          <span className="optional"> {rendererText(language, "optional")}</span>
        ) : null}
      </label>
      <span className="hint" id={`${id}-hint`}>
        {hint}
      </span>
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{rendererText(language, "errorPrefix")} </span>
          {error}
        </span>
      ) : null}
      {files.length > 0 ? (
        <ul className="file-list" aria-label={rendererText(language, "addedFiles")}>
          {files.map((file) => (
            <li key={file.id} className="file-list-item">
              <span className="file-name">{file.name}</span>{" "}
              <span className="file-size">({formatByteSize(file.size, language)})</span>
              <button
                type="submit"
                className="link-button"
                name="_action"
                value={`remove-file:${file.id}`}
                formNoValidate
              >
                {rendererText(language, "removeFile")}
                <span className="visually-hidden"> {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {isFull ? null : (
        <div className="file-upload">
          <input
            className="file-input"
            type="file"
            id={id}
            name={name}
            multiple={maxFiles - files.length > 1}
            accept={allowedMediaTypes.join(",")}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, hint, error)}
          />
          <button
            type="submit"
            className="btn btn-secondary"
            name="_action"
            value={`upload:${name}`}
            formNoValidate
          >
            {rendererText(language, "addFile")}
          </button>
        </div>
      )}
    </div>
  );
}

/** Rows of child fields named `group[0].key`; add/remove are submit buttons the host handles (works without JS). */
export function RepeatingGroupInput(props: TFieldRendererProps<"repeatingGroup">) {
  const { field, name, value, errors, language, idPrefix, resolve, renderField } = props;
  const id = controlId(idPrefix, name);
  const rows = (Array.isArray(value) ? value : []) as Array<Record<string, unknown>>;
  const rowCount = Math.max(rows.length, field.settings.minRows);
  const rowLabel = localize(field.settings.rowLabel ?? field.label, language);
  return (
    <FieldsetFrame
      id={id}
      label={fieldLabel(field, language)}
      hint={fieldHint(field, language)}
      error={errors[name]}
      isOptional={isFieldOptional(field, resolve)}
      language={language}
    >
      {rowCount === 0 ? <p className="hint">{rendererText(language, "noRows")}</p> : null}
      {Array.from({ length: rowCount }, (_, rowIndex) => {
        const row = rows[rowIndex] ?? {};
        const rowResolve = (key: string) => (key in row ? row[key] : resolve(key));
        return (
          <fieldset className="group-row" key={rowIndex} data-row={`${name}[${rowIndex}]`}>
            <legend className="group-row-legend">{`${rowLabel} ${rowIndex + 1}`}</legend>
            {field.fields.map((child) =>
              renderField(child, `${name}[${rowIndex}].${child.key}`, row[child.key], rowResolve),
            )}
            {rowCount > field.settings.minRows ? (
              <button
                type="submit"
                className="link-button"
                name="_action"
                value={`remove-row:${name}:${rowIndex}`}
                formNoValidate
              >
                {rendererText(language, "removeRow")}
                <span className="visually-hidden"> {`${rowLabel} ${rowIndex + 1}`}</span>
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {rowCount < field.settings.maxRows ? (
        <button
          type="submit"
          className="btn btn-secondary"
          name="_action"
          value={`add-row:${name}`}
          formNoValidate
        >
          {rendererText(language, "addRow")}
        </button>
      ) : null}
    </FieldsetFrame>
  );
}
