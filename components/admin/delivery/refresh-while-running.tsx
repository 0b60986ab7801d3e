"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-reads the page every few seconds while a job it shows is still running (its progress moves). */
export function RefreshWhileRunning({
  isRunning,
  intervalMs = 2000,
}: {
  isRunning: boolean;
  intervalMs?: number;
}) {
  const router = useRouter();
  useEffect(() => {
    if (!isRunning) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [isRunning, intervalMs, router]);
  return null;
}
