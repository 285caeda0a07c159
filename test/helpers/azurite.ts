import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Azurite's published development account (a well-known value, not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * The `azurite-table` bin (what `node_modules/.bin/azurite-table` links to), found through the
 * package itself so this works from `test/` under vitest and from `dist/` in the bench.
 */
function azuriteTableBin(): string {
  const pkgPath = createRequire(import.meta.url).resolve('azurite/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin?: Record<string, string> };
  const rel = pkg.bin?.['azurite-table'];
  if (!rel) throw new Error('azurite has no azurite-table bin: is the devDependency installed?');
  return join(dirname(pkgPath), rel);
}
const BIN = azuriteTableBin();
const READY = /Azurite Table service successfully started/;

export interface Azurite {
  readonly port: number;
  readonly pid: number;
  readonly connectionString: string;
  /** Milliseconds from spawn to the readiness line. */
  readonly startMs: number;
  stop(): Promise<void>;
}

/**
 * Start an in-memory Azurite Table service on 127.0.0.1 and a free port. It writes nothing to
 * disk and sends no telemetry; it runs in an empty temporary directory (its default workspace:
 * 3.35 refuses `--location` together with `--inMemoryPersistence`). Call `stop()` in `afterAll`.
 */
export async function startAzurite(): Promise<Azurite> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm ci`);
  let lastError: unknown;
  // A port found free can be taken before Azurite binds it (parallel test files): try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(await freePort());
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError;
}

async function startOnce(port: number): Promise<Azurite> {
  const cwd = mkdtempSync(join(tmpdir(), 'azurite-'));
  const args = [
    '--tableHost',
    '127.0.0.1',
    '--tablePort',
    String(port),
    '--inMemoryPersistence',
    '--disableTelemetry',
    '--skipApiVersionCheck',
    '--loose',
    '--silent',
  ];
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Azurite did not start within 15 s: ${output.slice(-500)}`)), 15_000);
    const onData = (b: Buffer) => {
      output += b.toString('utf8');
      if (READY.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    const fail = (e: Error) => {
      clearTimeout(timer);
      kill(child);
      reject(e);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`Azurite exited (${code}) before it was ready: ${output.slice(-500)}`)));
  });
  const startMs = performance.now() - started;
  const pid = child.pid!;
  return {
    port,
    pid,
    startMs,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        kill(child);
        const hard = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(hard);
      }
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

function kill(child: ChildProcess): void {
  // By PID of the process we spawned, never by name.
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

/** A port nothing listens on right now (the OS picks it; we close it again at once). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** The connection string for a port where nothing listens: every call must fail, fast. */
export async function deadEndpoint(): Promise<string> {
  const port = await freePort();
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`;
}
