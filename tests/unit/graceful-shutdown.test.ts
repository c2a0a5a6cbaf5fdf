import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { GracefulShutdown } from "@/operations";
import { installRequestGuard } from "@/security/request-guard";

// Issue 17, must-be-true 3: SIGTERM mid-stream. Under a steady stream of requests on keep-alive
// connections (as nginx's upstream pool sends them) the server never closed, so the database was
// never closed either and systemd ended up killing the process. The end-to-end version with the real
// site on both drivers is tests/e2e/process-crash.spec.ts.
type Started = { server: http.Server; port: number; inFlight: () => number };

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections?.();
});

async function start(shutdown: GracefulShutdown, handle: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<Started> {
  class DrainedServer extends http.Server {}
  installRequestGuard(DrainedServer.prototype, [], [shutdown.observe]);
  let inFlight = 0;
  const server = new DrainedServer((req, res) => {
    inFlight++;
    res.on("close", () => inFlight--);
    handle(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port, inFlight: () => inFlight };
}

function get(port: number, agent: http.Agent, path = "/work"): Promise<{ status: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("GracefulShutdown", () => {
  it("under a steady keep-alive stream: finishes what is in flight, closes the server, then the resources, then exits 143", async () => {
    const events: string[] = [];
    let exitCode: number | undefined;
    let openWhenClosing = -1;
    let started: Started;
    const shutdown = new GracefulShutdown({
      closeResources: async () => {
        openWhenClosing = started.inFlight();
        events.push("resources closed");
      },
      exit: (code) => {
        exitCode = code;
        events.push("exit");
      },
      log: () => undefined,
      drainMs: 5_000,
    });
    // "/slow" is surely in flight when the stop begins; the stream's own requests may sit between two answers.
    started = await start(shutdown, (req, res) => setTimeout(() => res.end("done"), req.url === "/slow" ? 300 : 20));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const answers: { status: number; connection: string | undefined }[] = [];
    const failures: unknown[] = [];
    let stopClients = false;
    const clients = Array.from({ length: 4 }, async () => {
      while (!stopClients) {
        await get(started.port, agent).then(
          (answer) => void answers.push(answer),
          (error) => void failures.push(error),
        );
        if (failures.length) await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answers.length).toBeGreaterThan(10);
    const slow = get(started.port, new http.Agent({ keepAlive: true }), "/slow");
    await new Promise((resolve) => setTimeout(resolve, 50));

    const t0 = Date.now();
    await shutdown.begin("SIGTERM");
    const tookMs = Date.now() - t0;
    stopClients = true;
    await Promise.all(clients);
    agent.destroy();

    expect(tookMs).toBeLessThan(3_000); // not the 5 s drain limit: the stream was cut off cleanly
    expect(events).toEqual(["resources closed", "exit"]);
    expect(exitCode).toBe(143);
    expect(openWhenClosing).toBe(0);
    expect(started.server.listening).toBe(false);
    // Everything answered was answered completely; what came after the stop was refused by the closed socket.
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    // The request in flight when the stop began was answered in full, and told the client to close.
    expect(await slow).toEqual({ status: 200, connection: "close" });
  });

  it("a request still running at the drain limit is cut (no answer), and the process still exits", async () => {
    let exitCode: number | undefined;
    let resourcesClosed = false;
    const shutdown = new GracefulShutdown({
      closeResources: async () => void (resourcesClosed = true),
      exit: (code) => void (exitCode = code),
      log: () => undefined,
      drainMs: 300,
    });
    const { port } = await start(shutdown, () => undefined); // never answers
    const agent = new http.Agent({ keepAlive: true });
    const hanging = get(port, agent).then(
      (answer) => answer,
      (error: NodeJS.ErrnoException) => error.code,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await shutdown.begin("SIGINT");
    expect(await hanging).toBe("ECONNRESET");
    expect(resourcesClosed).toBe(true);
    expect(exitCode).toBe(130);
    agent.destroy();
  });

  it("closing is done once: a second signal or Next's own process.exit wait for the same end", async () => {
    let closes = 0;
    const exits: number[] = [];
    const shutdown = new GracefulShutdown({ closeResources: async () => void closes++, exit: (code) => void exits.push(code), log: () => undefined });
    await start(shutdown, (_req, res) => res.end());
    await Promise.all([shutdown.begin("SIGTERM"), shutdown.begin("SIGTERM"), shutdown.finish(143)]);
    expect(closes).toBe(1);
    expect(exits).toEqual([143]);
  });
});
