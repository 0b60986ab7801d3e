"use server";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/require-admin";
import { workViewSearchHref } from "@/lib/submissions/work-view-search-token";

/** The work view's search: posted, so a name or henkilötunnus never reaches a URL, a log or the history. */
export async function searchSubmissionsAction(formData: FormData) {
  const context = await requireAdmin("submissions.read");
  redirect(workViewSearchHref(context.user.id, Object.fromEntries(formData)));
}
