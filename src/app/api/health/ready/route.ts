import { checkDatabase, getDatabase, RETRY_AFTER_SECONDS } from "@/db";

export const dynamic = "force-dynamic";

/**
 * GET /api/health/ready — readiness: the database answers. 503 with Retry-After while it does not;
 * pages still work then, so a load balancer may keep sending readers (comments are the only loss).
 */
export async function GET() {
  const readiness = await checkDatabase(getDatabase);
  if (readiness.ready) return Response.json({ status: "ready", database: readiness.driver }, { headers: { "cache-control": "no-store" } });
  return Response.json(
    { status: "unavailable", database: readiness.reason },
    { status: 503, headers: { "cache-control": "no-store", "retry-after": String(RETRY_AFTER_SECONDS) } },
  );
}
