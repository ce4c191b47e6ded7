// PGlite has no lock on its data directory: two processes opening it would corrupt it. The
// server holds this lock file while it runs, so a CLI (db:migrate, audit:verify) fails fast.
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(`The data directory ${dir} is in use by process ${pid}. Stop it first (or use DATABASE_URL).`);
    this.name = 'DataDirLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws DataDirLockedError; a lock left by a dead process is taken over. */
export function acquireDataDirLock(dir: string): () => void {
  const path = join(dir, 'tongban.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    // Write the pid to a private file, then hard-link it into place: the lock appears with its
    // content in one step, so no one ever reads an empty lock and mistakes it for a stale one.
    const temp = `${path}.${process.pid}`;
    writeFileSync(temp, String(process.pid), { mode: 0o600 });
    try {
      linkSync(temp, path);
      unlinkSync(temp);
      return () => {
        try {
          if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      unlinkSync(temp);
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) throw new DataDirLockedError(dir, holder);
      unlinkSync(path); // stale: its process died without cleaning up
    }
  }
  throw new Error(`Could not lock ${dir}`);
}
