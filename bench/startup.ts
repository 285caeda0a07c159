import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { botNodeFlags, childEnv } from './children.js';
import { median } from './stats.js';

export interface StartupResult {
  /** Median ms from spawning `node dist/src/index.js` to the first GET /healthz 200. */
  readonly ms: number;
  readonly samples: readonly number[];
}

/**
 * Item 4a: the real entry point, as `npm start` runs it after the build (demo mode, embedded
 * simulator), timed from spawn to the first /healthz 200, polled every 5 ms.
 */
export async function measureStartup(root: string, runs: number): Promise<StartupResult> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await startOnce(root));
  return { ms: median(samples), samples };
}

async function startOnce(root: string): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [...botNodeFlags(), '--disable-warning=DEP0111', join(root, 'dist', 'src', 'index.js')], {
    cwd: root,
    env: childEnv({ PORT: String(port) }),
    stdio: 'ignore',
  });
  const exited = once(child, 'exit');
  try {
    const deadline = t0 + 15_000;
    while (performance.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`dist/src/index.js exited with code ${child.exitCode}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.status === 200) return performance.now() - t0;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error('no /healthz 200 within 15 s');
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
