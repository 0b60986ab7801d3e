import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { hasUnsafeRequestText } from "@/lib/http/unsafe-request-text";

const handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => {
  if (hasUnsafeRequestText(request.url)) {
    return new Response("Bad request.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  return NextAuth(getAuthOptions())(request, context);
};

export { handler as GET, handler as POST };
