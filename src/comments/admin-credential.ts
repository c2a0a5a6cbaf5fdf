import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Where the moderator password comes from. ADMIN_PASSWORD wins; without it, the first start
 * generates a strong random password into <DATA_DIR>/admin-password.txt (default
 * ./data/admin-password.txt, git-ignored), readable by the server's user only. The admin is
 * never open without one: if the file cannot be written or read, moderation stays closed and
 * the reason is printed.
 */
/** The environment variables read here (a plain record, so tests can pass their own). */
export type Env = Readonly<Record<string, string | undefined>>;

export const ADMIN_PASSWORD_FILE = "admin-password.txt";
/** Shorter than this (an operator's edit, a truncated file) is refused rather than accepted. */
export const MIN_PASSWORD_LENGTH = 12;

export type AdminCredential =
  | { source: "env"; password: string }
  | { source: "file"; password: string; file: string; created: boolean }
  | { source: "none"; file: string; problem: string };

/** The data directory's parent of pglite/ (DATA_DIR, default ./data). */
export function dataDirectory(env: Env = process.env): string {
  return env.DATA_DIR ? path.resolve(/* turbopackIgnore: true */ env.DATA_DIR) : path.join(/* turbopackIgnore: true */ process.cwd(), "data");
}

export function adminPasswordFile(env: Env = process.env): string {
  return path.join(/* turbopackIgnore: true */ dataDirectory(env), ADMIN_PASSWORD_FILE);
}

export function generatePassword(): string {
  return randomBytes(18).toString("base64url"); // 24 characters, 144 bits
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Creates the file only if it does not exist, atomically and complete: the password is written
 * to a private temporary file, then hard-linked into place. Two processes starting together on
 * the same data directory end up reading the same password.
 */
function createExclusively(file: string, password: string): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  fs.writeFileSync(temporary, `${password}\n`, { mode: 0o600, flag: "wx" });
  try {
    fs.linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

export function resolveAdminCredential(env: Env = process.env, generate: () => string = generatePassword): AdminCredential {
  const file = adminPasswordFile(env);
  if (env.ADMIN_PASSWORD) {
    // A short password falls to guessing even at the login's rate limit: the back office stays shut instead.
    if (env.ADMIN_PASSWORD.length < MIN_PASSWORD_LENGTH) {
      return {
        source: "none",
        file,
        problem: `ADMIN_PASSWORD 太短（${env.ADMIN_PASSWORD.length} 位，至少要 ${MIN_PASSWORD_LENGTH} 位），后台不开放。请设置至少 ${MIN_PASSWORD_LENGTH} 位的密码（例如 openssl rand -base64 18 生成的）后重启。`,
      };
    }
    return { source: "env", password: env.ADMIN_PASSWORD };
  }
  try {
    const created = fs.existsSync(file) ? false : createExclusively(file, generate());
    // Someone may have loosened it (copied, restored from a backup): the server's user only.
    if (process.platform !== "win32" && (fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
    const password = fs.readFileSync(file, "utf8").trim();
    if (password.length < MIN_PASSWORD_LENGTH) {
      return { source: "none", file, problem: `${file} 里的密码少于 ${MIN_PASSWORD_LENGTH} 位。删除这个文件后重启会生成新密码，或设置 ADMIN_PASSWORD。` };
    }
    return { source: "file", password, file, created };
  } catch (error) {
    return { source: "none", file, problem: `无法创建或读取 ${file}（${errorText(error)}）。请设置 ADMIN_PASSWORD 后重启。` };
  }
}

/** What the server prints at start: where the password is, never the password itself. */
export function describeAdminCredential(credential: AdminCredential, env: Env = process.env): string[] {
  switch (credential.source) {
    case "env":
      return ["留言管理：/admin 使用环境变量 ADMIN_PASSWORD 登录。"];
    case "none":
      return [`留言管理未开启：${credential.problem}`, "在此之前，需要审核的留言不会公开，读者提交时会看到这一点。"];
    case "file":
      return [
        `留言管理：${credential.created ? "首次启动，已生成管理密码，" : "管理密码"}保存在 ${credential.file}（只有运行服务的用户能读，不进 git）。`,
        "  打开 /admin，用这个文件里的密码登录。要换密码：设置 ADMIN_PASSWORD，或删除这个文件后重启。",
        ...(env.DATABASE_URL ? ["  多个实例共用一个数据库时，请给每个实例设置同一个 ADMIN_PASSWORD（各自的数据目录会生成不同的密码）。"] : []),
      ];
  }
}

const SHARED = Symbol.for("overdue-help-center.admin-credential");
type Holder = { [SHARED]?: AdminCredential };

/** Resolved once per process (the instrumentation hook and the routes share it). */
export function getAdminCredential(): AdminCredential {
  const holder = globalThis as Holder;
  holder[SHARED] ??= resolveAdminCredential();
  return holder[SHARED];
}
