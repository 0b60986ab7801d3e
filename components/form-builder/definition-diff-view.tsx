import { getTranslations } from "next-intl/server";
import type { TChangeDetail, TDefinitionDiff, TItemChange } from "@/lib/form-admin/diff-definitions";

/** A readable diff: form texts, pages and elements added, removed and changed, texts before → after. */
export async function DefinitionDiffView({ diff }: { diff: TDefinitionDiff }) {
  const t = await getTranslations("versions.diff");
  const tLanguages = await getTranslations("builder.languages");
  const tSettings = await getTranslations("builder.settings");
  const propertyLabel = (property: string) => {
    const [head, rest] = [property.split(".")[0]!, property.split(".").slice(1).join(".")];
    if (head === "settings" && tSettings.has(rest)) return tSettings(rest);
    if (head === "choices") return t("properties.choice", { value: rest });
    return t.has(`properties.${head}`) ? t(`properties.${head}`) : property;
  };
  if (diff.isEmpty) return <p className="mt-2">{t("noChanges")}</p>;

  const detail = (change: TChangeDetail, index: number) => (
    <li key={index}>
      <span className="font-semibold">
        {propertyLabel(change.property)}
        {change.language ? ` (${tLanguages(change.language)})` : ""}:
      </span>{" "}
      <del className="bg-fi-alert-light-1">{change.before || t("empty")}</del> →{" "}
      <ins className="bg-fi-success-secondary no-underline">{change.after || t("empty")}</ins>
    </li>
  );
  const item = (change: TItemChange) => (
    <li
      key={`${change.kind}-${change.id}`}
      className="panel mb-2 p-3"
      data-testid={`diff-${change.kind}-${change.id}`}
    >
      <p>
        <strong>{t(change.kind)}</strong>: {change.label} <code>{change.id}</code>
        {change.isMoved ? ` · ${t("moved")}` : ""}
      </p>
      {change.details.length > 0 ? (
        <ul className="mt-1 list-disc pl-6 text-base">{change.details.map(detail)}</ul>
      ) : null}
    </li>
  );
  return (
    <div className="mt-2">
      {diff.form.length > 0 ? (
        <section aria-labelledby="diff-form">
          <h4 id="diff-form" className="mt-4 text-lg font-semibold">
            {t("form")}
          </h4>
          <ul className="mt-1 list-disc pl-6">{diff.form.map(detail)}</ul>
        </section>
      ) : null}
      {diff.pages.length > 0 ? (
        <section aria-labelledby="diff-pages">
          <h4 id="diff-pages" className="mt-4 text-lg font-semibold">
            {t("pages")}
          </h4>
          <ul className="mt-1">{diff.pages.map(item)}</ul>
        </section>
      ) : null}
      {diff.elements.length > 0 ? (
        <section aria-labelledby="diff-elements">
          <h4 id="diff-elements" className="mt-4 text-lg font-semibold">
            {t("elements")}
          </h4>
          <ul className="mt-1">{diff.elements.map(item)}</ul>
        </section>
      ) : null}
    </div>
  );
}
