"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FIELD_TYPES, type TRepeatingGroupField, type TSimpleField } from "@/lib/forms/definition";
import type { TLanguage } from "@/lib/forms/localized-text";
import { useBuilder } from "./builder-context";
import { createElement } from "./element-factory";

const CHILD_TYPES = FIELD_TYPES.filter((type) => type !== "repeatingGroup");

/** Adds a field inside a repeating group (groups do not nest). */
export function GroupChildAdder({ group }: { group: TRepeatingGroupField }) {
  const t = useTranslations("builder");
  const language = useLocale() as TLanguage;
  const { state, dispatch } = useBuilder();
  const [type, setType] = useState<(typeof CHILD_TYPES)[number]>("shortText");
  return (
    <div className="mt-4 flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="group-child-type" className="label">
          {t("properties.groupChildType")}
        </label>
        <select
          id="group-child-type"
          className="input"
          value={type}
          onChange={(event) => setType(event.target.value as typeof type)}
        >
          {CHILD_TYPES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`types.${candidate}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() =>
          dispatch({
            type: "addGroupChild",
            groupName: group.key,
            child: createElement(type, state.present, new Set(), language) as TSimpleField,
          })
        }
      >
        {t("properties.addGroupChild")}
      </button>
    </div>
  );
}
