import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openPglite } from "../../src/db/pglite";
import { DataDirectoryInUseError, lockPathFor } from "../../src/db/pglite-lock";

// Issue 17, finding 1: two processes on one PGlite data directory destroyed it. These tests use
// real second processes (tests/fixtures/processes/hold-pglite.mts).
// `node --import tsx`, not the tsx binary: that is a wrapper whose pid is not the database holder's.
const node = process.execPath;
const tsx = ["--import", "tsx"];
const holder = path.resolve("tests/fixtures/processes/hold-pglite.mts");
const children: ChildProcess[] = [];
const dirs: string[] = [];

function tempDataDir(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-lock-"));
  dirs.push(parent);
  return path.join(parent, "pglite");
}

function startHolder(dataDir: string): Promise<ChildProcess> {
  const child = spawn(node, [...tsx, holder, dataDir], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      if (out.includes("ready")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`holder exited ${code}`)));
  });
}

/** Every file under the directory with its size and modification time. */
function snapshot(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .sort()
    .map((name) => {
      const stat = fs.statSync(path.join(dir, name));
      return `${name} ${stat.size} ${stat.mtimeMs}`;
    });
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("one process per PGlite data directory", () => {
  it("a second process gets a clear Chinese and English error and changes nothing in the directory", async () => {
    const dataDir = tempDataDir();
    const first = await startHolder(dataDir);
    const owner = JSON.parse(fs.readFileSync(lockPathFor(dataDir), "utf8"));
    expect(owner.pid).toBe(first.pid);
    const before = snapshot(dataDir);

    const second = spawnSync(node, [...tsx, holder, dataDir], { encoding: "utf8", timeout: 60_000 });
    expect(second.status).toBe(3);
    expect(second.stderr).toContain(`正被另一个进程（pid ${first.pid}`);
    expect(second.stderr).toContain("is in use by another process");
    expect(second.stdout).not.toContain("ready");
    expect(snapshot(dataDir)).toEqual(before);

    // And within this process too: the typed error, not a half-opened database.
    await expect(openPglite(dataDir)).rejects.toBeInstanceOf(DataDirectoryInUseError);
    expect(snapshot(dataDir)).toEqual(before);
  }, 120_000);

  it("a lock left by a killed process is stale: the next process opens the directory with its data", async () => {
    const dataDir = tempDataDir();
    const first = await startHolder(dataDir);
    const exited = new Promise((resolve) => first.on("exit", resolve));
    first.kill("SIGKILL");
    await exited;
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(true); // kill -9 could not remove it

    const db = await openPglite(dataDir);
    try {
      const rows = await db.query<{ note: string }>("SELECT note FROM marks");
      expect(rows.map((row) => row.note)).toEqual([`pid ${first.pid}`]);
      expect(JSON.parse(fs.readFileSync(lockPathFor(dataDir), "utf8")).pid).toBe(process.pid);
    } finally {
      await db.close();
    }
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
  }, 120_000);

  it("closing releases the lock so the next process opens at once", async () => {
    const dataDir = tempDataDir();
    const closed = spawnSync(node, [...tsx, holder, dataDir, "close"], { encoding: "utf8", timeout: 60_000 });
    expect(closed.stdout).toContain("closed");
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
    const db = await openPglite(dataDir);
    expect((await db.query("SELECT count(*)::int AS n FROM marks"))[0]).toEqual({ n: 1 });
    await db.close();
  }, 120_000);
});
