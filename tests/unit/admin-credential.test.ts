import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ADMIN_PASSWORD_FILE, adminPasswordFile, createAdminAuth, describeAdminCredential, pendingNoticeText, resolveAdminCredential } from "@/comments";

const made: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "admin-credential-"));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe("moderator password on first start", () => {
  it("ADMIN_PASSWORD wins and no file is written", () => {
    const dir = tempDataDir();
    const credential = resolveAdminCredential({ DATA_DIR: dir, ADMIN_PASSWORD: "from-the-environment" });
    expect(credential).toEqual({ source: "env", password: "from-the-environment" });
    expect(fs.existsSync(path.join(dir, ADMIN_PASSWORD_FILE))).toBe(false);
  });

  it("without ADMIN_PASSWORD, creates a strong password in DATA_DIR readable by the owner only, and keeps it", () => {
    const dir = path.join(tempDataDir(), "not-yet-there");
    const env = { DATA_DIR: dir };
    const first = resolveAdminCredential(env);
    expect(first.source).toBe("file");
    if (first.source !== "file") return;
    expect(first.created).toBe(true);
    expect(first.file).toBe(path.join(dir, ADMIN_PASSWORD_FILE));
    expect(first.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(fs.readFileSync(first.file, "utf8").trim()).toBe(first.password);
    if (process.platform !== "win32") expect(modeOf(first.file)).toBe(0o600);

    const again = resolveAdminCredential(env);
    expect(again).toEqual({ ...first, created: false });
    expect(fs.readdirSync(dir)).toEqual([ADMIN_PASSWORD_FILE]); // no temporary files left behind
  });

  it("defaults to ./data/admin-password.txt", () => {
    expect(adminPasswordFile({})).toBe(path.join(process.cwd(), "data", ADMIN_PASSWORD_FILE));
  });

  it("two starts racing on one data directory end up with the same password", () => {
    const dir = tempDataDir();
    const env = { DATA_DIR: dir };
    let other: ReturnType<typeof resolveAdminCredential> | undefined;
    // The other process creates the file between our check and our write.
    const mine = resolveAdminCredential(env, () => {
      other = resolveAdminCredential(env);
      return "mine-mine-mine-mine-mine";
    });
    expect(other?.source).toBe("file");
    expect(mine.source === "file" && other?.source === "file" && mine.password === other.password).toBe(true);
    expect(mine.source === "file" && mine.created).toBe(false);
  });

  it.skipIf(process.platform === "win32")("tightens a file others can read to 0600", () => {
    const dir = tempDataDir();
    const file = path.join(dir, ADMIN_PASSWORD_FILE);
    fs.writeFileSync(file, "an-operator-chosen-password\n", { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    const credential = resolveAdminCredential({ DATA_DIR: dir });
    expect(credential).toMatchObject({ source: "file", password: "an-operator-chosen-password", created: false });
    expect(modeOf(file)).toBe(0o600);
  });

  it("a too-short password file keeps the admin closed instead of open", () => {
    const dir = tempDataDir();
    fs.writeFileSync(path.join(dir, ADMIN_PASSWORD_FILE), "\n", { mode: 0o600 });
    const credential = resolveAdminCredential({ DATA_DIR: dir });
    expect(credential.source).toBe("none");
    const auth = createAdminAuth(credential.source === "none" ? undefined : credential.password, "secret");
    expect(auth.enabled).toBe(false);
    expect(auth.passwordMatches("")).toBe(false);
  });

  it("an unwritable data directory keeps the admin closed and says why", () => {
    const blocker = path.join(tempDataDir(), "a-file");
    fs.writeFileSync(blocker, "");
    const credential = resolveAdminCredential({ DATA_DIR: path.join(blocker, "data") });
    expect(credential.source).toBe("none");
    expect(describeAdminCredential(credential).join("\n")).toMatch(/留言管理未开启.*ADMIN_PASSWORD/s);
  });

  it("the generated password signs the moderator in; a wrong one does not", () => {
    const credential = resolveAdminCredential({ DATA_DIR: tempDataDir() });
    if (credential.source !== "file") expect.unreachable("a password file should have been created");
    const auth = createAdminAuth(credential.password, "installation-secret");
    expect(auth.enabled).toBe(true);
    expect(auth.passwordMatches(credential.password)).toBe(true);
    expect(auth.passwordMatches("wrong-password-wrong")).toBe(false);
  });

  it("the start-up message names the file and never contains the password", () => {
    const credential = resolveAdminCredential({ DATA_DIR: tempDataDir() });
    if (credential.source !== "file") expect.unreachable("a password file should have been created");
    const message = describeAdminCredential(credential, {}).join("\n");
    expect(message).toContain(credential.file);
    expect(message).toContain("首次启动");
    expect(message).not.toContain(credential.password);
    const shared = describeAdminCredential(credential, { DATABASE_URL: "postgres://x" }).join("\n");
    expect(shared).toContain("同一个 ADMIN_PASSWORD");
    expect(describeAdminCredential({ source: "env", password: "secret-secret-1" }).join("\n")).not.toContain("secret-secret-1");
  });

  const inGitWorkTree = (() => {
    try {
      return execFileSync("git", ["rev-parse", "--is-inside-work-tree"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() === "true";
    } catch {
      return false;
    }
  })();
  it.skipIf(!inGitWorkTree)("git ignores the password file, in ./data and wherever DATA_DIR puts it in the repository", () => {
    for (const file of [`data/${ADMIN_PASSWORD_FILE}`, `other-data/${ADMIN_PASSWORD_FILE}`]) {
      expect(execFileSync("git", ["check-ignore", "--no-index", file], { encoding: "utf8" }).trim()).toBe(file);
    }
  });
});

describe("what a reader with a held comment is told", () => {
  it("review is promised only when a moderator can sign in", () => {
    expect(pendingNoticeText(true)).toContain("审核后公开");
    expect(pendingNoticeText(false)).not.toContain("审核后公开");
    expect(pendingNoticeText(false)).toContain("审核还没有开启");
    expect(pendingNoticeText(false)).toContain("暂时不会公开");
  });
});
