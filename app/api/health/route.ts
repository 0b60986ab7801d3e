// Liveness: the process answers. No dependencies are checked here (see /api/ready).
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
