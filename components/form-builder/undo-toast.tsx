"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

const VISIBLE_MS = 10_000;

/** "Element deleted. Undo" – a polite notice that stays ten seconds. */
export function UndoToast({
  message,
  onUndo,
  onClose,
}: {
  message: string;
  onUndo: () => void;
  onClose: () => void;
}) {
  const t = useTranslations("builder");
  useEffect(() => {
    const timer = setTimeout(onClose, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [onClose]);
  return (
    <div
      className="fixed bottom-4 left-1/2 z-40 flex -translate-x-1/2 items-center gap-4 rounded bg-fi-black-base px-4 py-3 text-fi-white-base shadow-lg"
      role="status"
    >
      <span>{message}</span>
      <button type="button" className="btn btn-secondary" onClick={onUndo}>
        {t("undoDelete")}
      </button>
      <button
        type="button"
        className="text-fi-white-base underline"
        onClick={onClose}
        aria-label={t("closeNotice")}
      >
        ×
      </button>
    </div>
  );
}
