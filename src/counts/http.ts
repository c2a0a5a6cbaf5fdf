import { readLimitedBody } from "@/comments";
import { isDatabaseUnavailable } from "@/db/availability";
import { CountError } from "./errors";

/** Beacons are tiny; anything bigger is not ours. */
export const BEACON_MAX_BYTES = 2048;

/**
 * The JSON object of a beacon: fetch sends application/json, navigator.sendBeacon a Blob typed
 * application/json or text/plain. Anything else is refused with a Chinese message.
 */
export async function readBeaconFields(request: Request): Promise<Record<string, unknown>> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json" && type !== "text/plain") throw new CountError("invalid-input", "请求格式不对（应为 JSON）");
  const text = await readLimitedBody(request, BEACON_MAX_BYTES);
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
    return parsed as Record<string, unknown>;
  } catch {
    throw new CountError("invalid-input", "请求内容不是有效的 JSON 对象");
  }
}

/** Known rejections (ours, or a too-large body from the shared reader) keep their 4xx; the database away is 503. */
export function knownRejection(error: unknown): { status: number; message: string } | undefined {
  if (error instanceof Error && "status" in error && typeof error.status === "number" && error.status >= 400 && error.status < 500) {
    return { status: error.status, message: error.message };
  }
  if (isDatabaseUnavailable(error)) return { status: 503, message: "暂时无法记录（数据库正在维护或重启），请稍后再试。" };
  console.error(error);
  return undefined;
}
