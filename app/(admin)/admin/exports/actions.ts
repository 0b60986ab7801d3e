"use server";
import { auditActor } from "@/lib/auth/require-admin";
import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/auth/admin-action";
import { requestExport, ZExportRequest } from "@/lib/delivery/export/request-export";

export const requestExportAction = adminAction(
  "submissions.handle",
  ZExportRequest,
  async (input, context) => {
    await requestExport(context.organization.id, input, auditActor(context));
    revalidatePath("/admin/exports");
    return { status: "ok", messageKey: "exportQueued" };
  },
);
