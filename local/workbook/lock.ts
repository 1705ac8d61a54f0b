/**
 * One writer at a time per workbook file. Two `import-residents` runs on one .xlsx would each load
 * it, add their rows and save: the second save would drop the first batch. A lock file beside the
 * workbook (`.<name>.xlsx.lock`, created exclusively) says who writes it; a second writer is
 * refused with who holds it, unless the holder's process is gone (a crash), when the lock is stale
 * and taken over. The path is resolved through symlinks, so two names of one file share one lock.
 * Excel does not know this lock: the preview also re-reads a file that changed on disk.
 */
import { closeSync, openSync, readFileSync, realpathSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "../cli/io.ts";

export interface LockOwner {
  pid: number;
  host: string;
  /** What holds it: "import-residents", "serve"... */
  who: string;
  /** ISO time it was taken. */
  since: string;
}

export interface WorkbookLock {
  readonly path: string;
  release(): void;
}

/** The lock file of a workbook (beside it, hidden). */
export function lockPathOf(workbookPath: string): string {
  let real = resolve(workbookPath);
  try {
    real = realpathSync(workbookPath);
  } catch {
    // Not created yet (init): its own path.
  }
  return join(dirname(real), `.${basename(real)}.lock`);
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, "utf8")) as Partial<LockOwner>;
    if (typeof owner.pid !== "number" || typeof owner.host !== "string") return null;
    return {
      pid: owner.pid,
      host: owner.host,
      who: String(owner.who ?? "?"),
      since: String(owner.since ?? "?"),
    };
  } catch {
    return null;
  }
}

/** True when the owner's process is known to be gone (same machine, no such process). */
function isStale(owner: LockOwner | null): boolean {
  if (owner === null) return true;
  if (owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

const held = new Set<string>();
let exitHook = false;

/**
 * Takes the lock of a workbook for `who`, or throws a CliError naming the holder. A lock whose
 * holder is gone is taken over. Released by `release()`, and at the latest when the process exits.
 */
export function lockWorkbook(workbookPath: string, who: string): WorkbookLock {
  const path = lockPathOf(workbookPath);
  const owner: LockOwner = { pid: process.pid, host: hostname(), who, since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o600);
      try {
        writeSync(fd, JSON.stringify(owner));
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw new CliError("cli.folderMissing", { folder: dirname(path) });
      if (code !== "EEXIST") throw new CliError("cli.cannotWrite", { file: path });
      const current = readOwner(path);
      // A lock written half-way (its writer just started) reads as null: stale only on a retry.
      if (attempt < 2 && isStale(current) && (current !== null || attempt > 0)) {
        rmSync(path, { force: true });
        continue;
      }
      throw new CliError("cli.workbookBusy", {
        file: basename(workbookPath),
        who: current?.who ?? "?",
        pid: current?.pid ?? "?",
        since: current?.since ?? "?",
      });
    }
  }
  held.add(path);
  if (!exitHook) {
    exitHook = true;
    process.once("exit", () => {
      for (const lock of held) rmSync(lock, { force: true });
    });
  }
  return {
    path,
    release() {
      if (!held.delete(path)) return;
      // Only our own lock is removed: a stale-lock takeover by another process left its own.
      if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
    },
  };
}

/** Runs `work` holding the workbook's lock. */
export async function withWorkbookLock<T>(
  workbookPath: string,
  who: string,
  work: () => Promise<T>,
): Promise<T> {
  const lock = lockWorkbook(workbookPath, who);
  try {
    return await work();
  } finally {
    lock.release();
  }
}
