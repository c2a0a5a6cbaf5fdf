import { CommentError } from "./errors";
import { MAX_REQUEST_BYTES } from "./validate";

/**
 * Reads a request body but stops at `limit` bytes, so a huge upload is refused without being
 * buffered. Works on any web-standard Request (route handlers, tests).
 */
export async function readLimitedBody(request: Request, limit = MAX_REQUEST_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

function tooLarge(limit: number): CommentError {
  return new CommentError("body-too-large", `提交的内容太大（上限 ${Math.floor(limit / 1024)} KB），请删减后再试`);
}

export type RequestKind = "json" | "form";

/** JSON (from our script) or a URL-encoded form (no JavaScript); anything else is refused. */
export async function parseRequestFields(request: Request, limit = MAX_REQUEST_BYTES): Promise<{ kind: RequestKind; fields: Record<string, unknown> }> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json" && type !== "application/x-www-form-urlencoded") {
    throw new CommentError("unsupported-media-type", "请用网页上的表单提交（不支持这种提交格式）");
  }
  const text = await readLimitedBody(request, limit);
  if (type === "application/x-www-form-urlencoded") {
    return { kind: "form", fields: Object.fromEntries(new URLSearchParams(text)) };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
    return { kind: "json", fields: parsed as Record<string, unknown> };
  } catch {
    throw new CommentError("invalid-input", "提交的内容不是有效的 JSON 对象");
  }
}
