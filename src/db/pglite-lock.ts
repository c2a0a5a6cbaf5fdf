import fs from "node:fs";
import os from "node:os";

/**
 * One process per PGlite data directory (issue 17, finding 1). PGlite has no lock of its own:
 * two processes writing one directory destroyed it in 4 of 4 runs of the review. Before PGlite
 * touches the directory we create `<dataDir>.lock` exclusively (O_EXCL) with our pid; a second
 * process finds it, sees the pid alive and stops with a clear error, having changed nothing.
 * A lock left behind by a process that is gone (kill -9, power loss) is stale and taken over.
 * The lock sits beside the directory, not in it, so copying the directory (scripts/report-search.ts,
 * backups) never copies the lock.
 */
export type LockOwner = { pid: number; hostname: string; startedAt: string };

export class DataDirectoryInUseError extends Error {
  readonly code = "DATA_DIR_IN_USE";
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      [
        `数据目录 ${dataDir} 正被另一个进程（pid ${owner.pid}，${owner.hostname}，自 ${owner.startedAt}）使用。` +
          "内嵌数据库（PGlite）只能由一个进程打开：请先停掉那个进程，或改用 DATABASE_URL 连接 PostgreSQL 来运行多个实例。",
        `The data directory ${dataDir} is in use by another process (pid ${owner.pid} on ${owner.hostname}, since ${owner.startedAt}). ` +
          "Embedded PGlite is for one process only: stop that process first, or set DATABASE_URL to use PostgreSQL for several instances. " +
          `Nothing was changed. If that process is really gone, delete ${dataDir}.lock.`,
      ].join("\n"),
    );
    this.name = "DataDirectoryInUseError";
  }
}

export function lockPathFor(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, "")}.lock`;
}

// Locks this process holds, shared across Next's separately bundled copies of this module.
const HELD = Symbol.for("overdue-help-center.pglite-locks");
function heldLocks(): Set<string> {
  const holder = globalThis as { [HELD]?: Set<string> };
  return (holder[HELD] ??= new Set());
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, "utf8")) as Partial<LockOwner>;
    if (typeof parsed.pid !== "number" || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return undefined;
    return { pid: parsed.pid, hostname: String(parsed.hostname ?? ""), startedAt: String(parsed.startedAt ?? "") };
  } catch {
    return undefined; // missing, half-written by a crashed process, or garbage: not a live owner
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by another user
  }
}

/** Whether the recorded owner is a live process other than a stale record of this very pid. */
function ownerIsLive(owner: LockOwner | undefined, lockPath: string): owner is LockOwner {
  if (!owner) return false;
  if (owner.hostname && owner.hostname !== os.hostname()) return true; // another machine (shared disk): cannot check, respect it
  if (owner.pid === process.pid) return heldLocks().has(lockPath); // a pid reused after a container restart is stale
  return processAlive(owner.pid);
}

/** Takes the lock or throws DataDirectoryInUseError; returns the release function. */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = lockPathFor(dataDir);
  const me: LockOwner = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx", 0o600);
      try {
        fs.writeSync(fd, `${JSON.stringify(me)}\n`);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      heldLocks().add(lockPath);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldLocks().delete(lockPath);
        process.off("exit", release);
        // Only our own lock: never delete one another process took over in the meantime.
        if (readOwner(lockPath)?.pid === me.pid) fs.rmSync(lockPath, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = readOwner(lockPath);
    if (ownerIsLive(owner, lockPath)) throw new DataDirectoryInUseError(dataDir, owner);
    // A lock without a living owner: the process died without releasing it. Remove it and retry
    // the exclusive create, so of two processes taking over at once only one succeeds.
    if (owner || attempt > 0) fs.rmSync(lockPath, { force: true });
    else sleepSync(50); // a lock being written right now reads as empty: give its writer a moment
  }
  const owner = readOwner(lockPath);
  throw new DataDirectoryInUseError(dataDir, owner ?? { pid: 0, hostname: "?", startedAt: "?" });
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
