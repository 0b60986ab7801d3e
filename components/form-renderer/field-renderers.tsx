// One renderer per field type, chosen through an exhaustive map: a new field type does not compile until it
// has a renderer here. Plain semantic HTML controls, no hooks or event handlers (rendered to static markup).
import type { TFieldType } from "@/lib/forms/definition";
import {
  ConsentInput,
  CountryInput,
  MultipleChoiceInput,
  MunicipalityInput,
  SingleChoiceInput,
  YesNoInput,
} from "./choice-fields";
import { AddressInput, FileInput, RepeatingGroupInput } from "./composite-fields";
import type { TFieldRenderer } from "./field-props";
import {
  dateHint,
  displayDate,
  displayNumber,
  displayTime,
  LongTextInput,
  TextInput,
  timeHint,
} from "./text-fields";

export const FIELD_RENDERERS: { readonly [T in TFieldType]: TFieldRenderer<T> } = {
  shortText: (props) => TextInput(props),
  longText: LongTextInput,
  number: (props) =>
    TextInput(props, {
      inputMode: props.field.settings.isInteger ? "numeric" : "decimal",
      className: "input--width-10",
      suffix: props.field.settings.unit,
      display: displayNumber,
    }),
  email: (props) => TextInput(props, { type: "email", spellCheck: false }),
  phone: (props) => TextInput(props, { type: "tel", className: "input--width-20" }),
  date: (props) =>
    TextInput(props, {
      inputMode: "numeric",
      className: "input--width-10",
      extraHint: dateHint(props.language),
      display: displayDate,
    }),
  time: (props) =>
    TextInput(props, {
      className: "input--width-5",
      extraHint: timeHint(props.language),
      display: displayTime,
    }),
  singleChoice: SingleChoiceInput,
  multipleChoice: MultipleChoiceInput,
  yesNo: YesNoInput,
  consent: ConsentInput,
  personalIdentityCode: (props) =>
    TextInput(props, { className: "input--width-10 input--code", spellCheck: false }),
  businessId: (props) => TextInput(props, { className: "input--width-10 input--code", spellCheck: false }),
  vehicleRegistrationNumber: (props) =>
    TextInput(props, {
      className: "input--width-10 input--code",
      spellCheck: false,
      autoCapitalize: "characters",
    }),
  iban: (props) => TextInput(props, { className: "input--width-20 input--code", spellCheck: false }),
  postalCode: (props) => TextInput(props, { inputMode: "numeric", className: "input--width-5" }),
  address: AddressInput,
  municipality: MunicipalityInput,
  country: CountryInput,
  file: FileInput,
  repeatingGroup: RepeatingGroupInput,
};
