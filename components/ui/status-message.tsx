/** A polite live region for the outcome of an action ("Role changed."). */
export function StatusMessage({
  tone = "notice",
  children,
}: {
  tone?: "notice" | "alert";
  children: React.ReactNode;
}) {
  return (
    <div role={tone === "alert" ? "alert" : "status"} className={`${tone} mb-4`}>
      {children}
    </div>
  );
}
