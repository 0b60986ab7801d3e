import type { TFormDisplayStatus } from "@/lib/form-admin/form-display-status";

const TONES: Record<TFormDisplayStatus, string> = {
  draft: "bg-fi-depth-light-2 text-fi-black-base",
  scheduled: "bg-fi-info-light-1 text-fi-black-base",
  open: "bg-fi-success-dark-1 text-fi-white-base",
  closed: "bg-fi-depth-dark-1 text-fi-white-base",
  paused: "bg-fi-warning-light-1 text-fi-black-base",
  liveWithChanges: "bg-fi-accent-tertiary-light-1 text-fi-black-base",
  archived: "bg-fi-depth-light-3 text-fi-black-light-1",
};

export function FormStatusBadge({ status, label }: { status: TFormDisplayStatus; label: string }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-base font-semibold ${TONES[status]}`}
      data-status={status}
    >
      {label}
    </span>
  );
}
