"use client";
import { useEffect, useRef } from "react";

export type TErrorSummaryItem = { fieldId: string; message: string };

/** Error summary at the top of a form: focused when it appears, each error links to its field. */
export function ErrorSummary({ title, items }: { title: string; items: TErrorSummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [items]);
  if (!items.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="alert mb-6">
      <h2 id="error-summary-title" className="text-xl">
        {title}
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {items.map((item) => (
          <li key={item.fieldId + item.message}>
            <a href={`#${item.fieldId}`}>{item.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
