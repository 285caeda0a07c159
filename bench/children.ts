import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { demoEnvironment } from '../src/config.js';
import type { ChildReply, Ready, Stats } from './protocol.js';

export type { Stats } from './protocol.js';

export interface Child {
  readonly url: string;
  readonly ready: Ready;
  readonly pid: number;
  stats(gc: boolean): Promise<Stats>;
  stop(): Promise<void>;
}

/** Env for a demo-mode child: credential variables removed (whatever the shell says), pino at info (as in production), any port. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...demoEnvironment(process.env), PORT: '0', LOG_LEVEL: 'info', ...extra };
}

/**
 * Fork a server module that reports { type: 'ready', url } over IPC. Its stdout/stderr go to
 * `logFile` (the bot logs JSON at info, as in production; writing it is part of its cost).
 */
export async function startChild(
  modulePath: string,
  logFile: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 15_000,
  nodeFlags: readonly string[] = [],
): Promise<Child> {
  const fd = openSync(logFile, 'w');
  const child = fork(modulePath, [], {
    execArgv: ['--expose-gc', '--disable-warning=DEP0111', ...nodeFlags],
    env,
    stdio: ['ignore', fd, fd, 'ipc'],
  });
  closeSync(fd);
  const exited = once(child, 'exit');
  try {
    const ready = await waitFor<Ready>(child, 'ready', timeoutMs);
    return {
      url: ready.url,
      ready,
      pid: child.pid!,
      async stats(gc) {
        const reply = waitFor<Stats>(child, 'stats', timeoutMs);
        child.send({ type: 'stats', gc });
        return reply;
      },
      async stop() {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      },
    };
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${modulePath} did not start: ${(err as Error).message} (see ${logFile})`);
  }
}

function waitFor<T extends ChildReply>(child: ChildProcess, type: T['type'], timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`no '${type}' message within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (msg: ChildReply) => {
      if (msg.type === type) done(undefined, msg as T);
    };
    const onExit = (code: number | null) => done(new Error(`exited with code ${code}`));
    const done = (err?: Error, msg?: T) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(msg!);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/**
 * The Node flags `npm start` runs the bot with (package.json's start script), so the benchmark
 * measures the bot as shipped; the throughput baselines get the same flags.
 */
export function botNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  return (pkg.scripts.start.match(/--[\w-]+(=\S+)?/g) ?? []).filter((f) => !f.startsWith('--disable-warning'));
}
