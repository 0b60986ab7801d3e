// Lomake's SAML SP metadata, for registration in Suomi.fi service management.
import { renderServiceProviderMetadata } from "@/lib/identification/service-provider";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return new Response(await renderServiceProviderMetadata(), {
      headers: { "Content-Type": "application/samlmetadata+xml; charset=utf-8", "Cache-Control": "no-store" },
    });
  } catch {
    return new Response("Suomi.fi Identification is not configured.", { status: 404 });
  }
}
