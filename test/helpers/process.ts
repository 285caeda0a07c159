import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built server, as an operator runs it (`npm test` builds first). */
const SERVER_ENTRY = fileURLToPath(new URL('../../dist/src/index.js', import.meta.url));

export interface ServerProcess {
  readonly child: ChildProcess;
  /** The process's TMPDIR: an empty folder of its own, so a test can see whether anything was written. */
  readonly tmpdir: string;
  readonly stdout: string[];
  readonly stderr: string[];
  /** Resolves with the exit code (or the signal name) once the process has exited and its output is read. */
  readonly exited: Promise<number | string>;
  /** Resolves with the first stdout JSON record for which `test` holds. */
  waitForLog(test: (record: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/**
 * Spawn `node dist/src/index.js` as `npm start` does (its node flags) with exactly `env` (plus
 * PATH and an empty TMPDIR) in an empty working directory, so no `.env` file or inherited
 * variable changes what it sees.
 */
export function spawnServer(env: Record<string, string>): ServerProcess {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run \`npm run build\` first`);
  const cwd = mkdtempSync(join(tmpdir(), 'mfa-bot-'));
  const ownTmp = mkdtempSync(join(tmpdir(), 'mfa-bot-tmp-'));
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', SERVER_ENTRY], {
    cwd,
    env: { PATH: process.env.PATH ?? '', TMPDIR: ownTmp, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const waiters: { test: (r: Record<string, unknown>) => boolean; resolve: (r: Record<string, unknown>) => void }[] = [];
  const lines = (sink: string[], onLine?: (line: string) => void) => {
    let rest = '';
    return (chunk: Buffer) => {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) {
        sink.push(line);
        onLine?.(line);
      }
    };
  };
  child.stdout!.on(
    'data',
    lines(stdout, (line) => {
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      for (const w of [...waiters]) {
        if (w.test(record)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(record);
        }
      }
    }),
  );
  child.stderr!.on('data', lines(stderr));
  // 'close', not 'exit': only then has all of the child's output been read.
  const exited = new Promise<number | string>((resolve) =>
    child.once('close', (code, signal) => {
      for (const dir of [cwd, ownTmp]) rmSync(dir, { recursive: true, force: true });
      resolve(code ?? signal ?? -1);
    }),
  );
  return {
    child,
    tmpdir: ownTmp,
    stdout,
    stderr,
    exited,
    // 45 s: a hang bound. A cold start (botbuilder, OpenTelemetry) took over 10 s with three suites
    // on two cores (issue 17, three at once); the hook and test timeouts (vitest.config.ts) are wider.
    waitForLog(test, timeoutMs = 45_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching log line; stdout:\n${stdout.join('\n')}\nstderr:\n${stderr.join('\n')}`)), timeoutMs);
        waiters.push({
          test,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        });
        void exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`server exited; stdout:\n${stdout.join('\n')}\nstderr:\n${stderr.join('\n')}`));
        });
      });
    },
  };
}
