// The forms a delivery target receives: one checkbox per form ("form:<id>"); none checked means every form.
export function TargetFormsFieldset({
  legend,
  hint,
  forms,
  selectedIds,
  idPrefix,
}: {
  legend: string;
  hint: string;
  forms: { id: string; slug: string; title: string }[];
  selectedIds: readonly string[];
  idPrefix: string;
}) {
  const hintId = `${idPrefix}-hint`;
  return (
    <fieldset className="mb-4" aria-describedby={hintId}>
      <legend className="label">{legend}</legend>
      <p id={hintId} className="hint">
        {hint}
      </p>
      <ul className="mt-1 space-y-1">
        {forms.map((form) => (
          <li key={form.id} className="flex items-center gap-2">
            <input
              type="checkbox"
              id={`${idPrefix}-${form.id}`}
              name={`form:${form.id}`}
              defaultChecked={selectedIds.includes(form.id)}
              className="h-5 w-5"
            />
            <label htmlFor={`${idPrefix}-${form.id}`}>
              {form.title} <span className="text-fi-black-light-1">({form.slug})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
