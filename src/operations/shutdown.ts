import type { IncomingMessage, Server, ServerResponse } from "node:http";

/**
 * Stopping on SIGTERM/SIGINT without losing anything (issue 17, must-be-true 3): finish what is in
 * flight, answer nothing new, then close the database (PGlite writes a shutdown checkpoint and
 * releases its data-directory lock; PostgreSQL's pool ends its connections), then exit.
 *
 * Next's own handler closes the listening socket and calls process.exit once the server has
 * closed. Two gaps remain, both filled here:
 * - Keep-alive connections: a client (or nginx's upstream pool) that keeps sending requests on an
 *   open connection keeps the server open for ever, so the process never stopped under load and
 *   systemd killed it after TimeoutStopSec. Once stopping, every answer says `Connection: close`
 *   and idle connections are closed as they become idle; after `drainMs` the rest are cut (a
 *   request cut there never got its 2xx).
 * - Nothing closed the database: process.exit is held until it is closed.
 */
export type ShutdownOptions = {
  /** Closes what must be closed before the process ends (the database). */
  closeResources: () => Promise<void>;
  /** Longest wait for requests in flight before their connections are cut. */
  drainMs?: number;
  /** Longest wait for closeResources. */
  closeMs?: number;
  /** The real exit (tests pass their own). */
  exit?: (code: number) => void;
  log?: (line: string) => void;
};

export type RequestObserver = (server: Server, req: IncomingMessage, res: ServerResponse) => void;

const SIGNAL_EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };
export const DEFAULT_DRAIN_MS = 10_000;
export const DEFAULT_CLOSE_MS = 5_000;

export class GracefulShutdown {
  private readonly servers = new Set<Server>();
  private readonly inFlight = new Set<ServerResponse>();
  private stopping: string | undefined;
  private finishing: Promise<void> | undefined;
  private readonly drainMs: number;
  private readonly closeMs: number;
  private exit: (code: number) => void;
  /** How long, once drained, to leave Next to finish its own clean-up and call process.exit. */
  private exitGraceMs = 0;
  private readonly log: (line: string) => void;

  constructor(private readonly options: ShutdownOptions) {
    this.drainMs = options.drainMs ?? DEFAULT_DRAIN_MS;
    this.closeMs = options.closeMs ?? DEFAULT_CLOSE_MS;
    this.exit = options.exit ?? ((code) => process.exit(code));
    this.log = options.log ?? ((line) => console.log(line));
  }

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  /** For the request guard: remembers the server and, once stopping, ends each connection after its answer. */
  readonly observe: RequestObserver = (server, _req, res) => {
    this.servers.add(server);
    if (this.stopping) {
      if (!res.headersSent) res.setHeader("Connection", "close");
      return;
    }
    // Kept until answered, so that a stop arriving meanwhile can still mark the answer "Connection: close".
    this.inFlight.add(res);
    const forget = () => this.inFlight.delete(res);
    res.once("finish", forget);
    res.once("close", forget);
  };

  /** Starts stopping; resolves when resources are closed and exit has been called. */
  begin(signal: string): Promise<void> {
    if (this.stopping) return this.finishing ?? Promise.resolve();
    this.stopping = signal;
    const code = SIGNAL_EXIT_CODES[signal] ?? 128;
    this.log(`${signal}：停止接收新请求，等待进行中的请求完成后关闭数据库 / ${signal}: draining requests, then closing the database`);
    // Answers still being prepared end their connection too: the client learns at once not to send more on it.
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
    this.inFlight.clear();
    const servers = [...this.servers];
    const closed = Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    const sweep = setInterval(() => servers.forEach((server) => server.closeIdleConnections()), 100);
    const cut = setTimeout(() => {
      this.log(`${this.drainMs} ms 后仍有未完成的请求：断开它们 / requests still open after ${this.drainMs} ms: closing their connections`);
      servers.forEach((server) => server.closeAllConnections());
    }, this.drainMs);
    servers.forEach((server) => server.closeIdleConnections());
    return closed.then(async () => {
      clearInterval(sweep);
      clearTimeout(cut);
      if (this.exitGraceMs > 0) await new Promise((resolve) => setTimeout(resolve, this.exitGraceMs));
      return this.finish(code);
    });
  }

  /** Closes resources once, then exits with `code`; every later call waits for the same end. */
  finish(code: number): Promise<void> {
    this.finishing ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          this.log(`关闭数据库超过 ${this.closeMs} ms，直接退出 / closing the database took over ${this.closeMs} ms: exiting anyway`);
          resolve();
        }, this.closeMs);
      });
      try {
        await Promise.race([this.options.closeResources(), timeout]);
      } catch (error) {
        this.log(`关闭数据库出错 / closing the database failed: ${(error as Error).message}`);
      } finally {
        clearTimeout(timer);
      }
      this.exit(code);
    })();
    return this.finishing;
  }

  /**
   * Listens for SIGTERM and SIGINT and holds process.exit (which Next calls once its server has
   * closed) until resources are closed. Not when NEXT_MANUAL_SIG_HANDLE is set: then whoever set
   * it handles signals.
   */
  install(proc: NodeJS.Process = process): void {
    if (proc.env.NEXT_MANUAL_SIG_HANDLE) return;
    const realExit = proc.exit.bind(proc);
    const onSignal = (signal: NodeJS.Signals) => {
      if (!this.stopping) {
        proc.exit = ((code?: number | string | null) => {
          void this.finish(typeof code === "number" ? code : (SIGNAL_EXIT_CODES[signal] ?? 0));
        }) as NodeJS.Process["exit"];
      }
      void this.begin(signal);
    };
    if (!this.options.exit) this.exit = (code) => realExit(code);
    // Next's handler calls process.exit itself after its clean-up (pending `after` work); the drain
    // finishing first only waits for that call a moment before exiting by itself.
    this.exitGraceMs = 3_000;
    proc.on("SIGTERM", onSignal);
    proc.on("SIGINT", onSignal);
  }
}
