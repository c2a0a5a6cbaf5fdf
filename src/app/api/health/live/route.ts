export const dynamic = "force-dynamic";

/** GET /api/health/live — liveness: the process answers. Never touches the database (a restart would not fix it). */
export function GET() {
  return Response.json({ status: "live" }, { headers: { "cache-control": "no-store" } });
}
