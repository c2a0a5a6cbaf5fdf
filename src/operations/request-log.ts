import os from "node:os";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * One JSON line per request on stdout, for operators (issue 17, must-be-true 4): when, what, how it
 * ended and how long it took, and which instance answered. Built from a fixed list of fields, never
 * from the request as a whole, so nothing personal can slip in: no client address, no User-Agent,
 * no query string (search words, phone numbers typed into a search), no cookies, no bodies.
 * REQUEST_LOG=off turns it off.
 */
export type RequestLogEntry = {
  time: string;
  method: string;
  /** The path only: the query string and fragment are cut off, long digit runs replaced. */
  path: string;
  status: number;
  durationMs: number;
  instance: string;
  /** Present (true) when the client went away before the answer was complete. */
  aborted?: true;
};

export type RequestLogger = (req: IncomingMessage, res: ServerResponse) => void;

const PATH_MAX = 200;
/** A phone or ID number typed into an address (/13812345678) is personal; our own ids are short. */
const LONG_DIGITS = /\d{7,}/g;

/** The path of a request URL as logged: no query string or fragment, no long digit runs, bounded length. */
export function loggedPath(url: string | undefined): string {
  const path = (url ?? "/").split(/[?#]/)[0].replace(LONG_DIGITS, "#");
  return path.length > PATH_MAX ? `${path.slice(0, PATH_MAX)}…` : path;
}

export function requestLogLine(entry: RequestLogEntry): string {
  // Field by field, in a fixed order: adding a field to the entry type does not add it to the line.
  const { time, method, path, status, durationMs, instance, aborted } = entry;
  return JSON.stringify({ time, method, path, status, durationMs, instance, ...(aborted ? { aborted } : {}) });
}

export type RequestLoggerOptions = {
  write?: (line: string) => void;
  instance?: string;
  now?: () => Date;
};

/** INSTANCE_ID (e.g. the port of a systemd instance), otherwise host name and process id. */
export function instanceId(env: Record<string, string | undefined> = process.env): string {
  return env.INSTANCE_ID?.trim() || `${os.hostname()}:${process.pid}`;
}

export function createRequestLogger({ write = (line) => void process.stdout.write(`${line}\n`), instance = instanceId(), now = () => new Date() }: RequestLoggerOptions = {}): RequestLogger {
  return (req, res) => {
    const started = process.hrtime.bigint();
    const method = (req.method ?? "").toUpperCase();
    const path = loggedPath(req.url);
    // "close" comes after "finish" for a complete answer, and alone when the client went away.
    res.once("close", () => {
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      write(requestLogLine({ time: now().toISOString(), method, path, status: res.statusCode, durationMs, instance, ...(res.writableFinished ? {} : { aborted: true as const }) }));
    });
  };
}

/** The logger the server uses, or undefined when REQUEST_LOG is off/0/false. */
export function requestLoggerFromEnv(env: Record<string, string | undefined> = process.env): RequestLogger | undefined {
  return /^(off|0|false|no)$/i.test(env.REQUEST_LOG?.trim() ?? "") ? undefined : createRequestLogger({ instance: instanceId(env) });
}
