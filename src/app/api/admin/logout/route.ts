import { crossSiteResponse, getAdminAuth, readCookie, sameOrigin, SESSION_COOKIE, seeOther, sessionCookie } from "@/comments";

export const dynamic = "force-dynamic";

/** POST /api/admin/logout — ends the session on the server (a kept copy of the cookie stops working) and clears the cookie. */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return crossSiteResponse(request);
  await (await getAdminAuth()).endSession(readCookie(request, SESSION_COOKIE));
  return seeOther("/admin", { "set-cookie": sessionCookie(SESSION_COOKIE, "", 0) });
}
