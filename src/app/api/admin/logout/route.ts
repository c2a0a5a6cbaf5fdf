import { sameOrigin, SESSION_COOKIE, seeOther, sessionCookie } from "@/comments";


export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!sameOrigin(request)) return new Response("来源不符", { status: 403 });
  return seeOther("/admin", { "set-cookie": sessionCookie(request, SESSION_COOKIE, "", 0) });
}
