import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The e2e run's offline guard: refuses every outward connection and DNS lookup, keeps loopback working. */
describe('test/e2e/offline-preload.cjs', () => {
  it('refuses outward connections and DNS lookups, binds servers to 127.0.0.1', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const r = spawnSync(process.execPath, ['-r', `${dir}offline-preload.cjs`, `${dir}offline-preload.selftest.cjs`], {
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.stdout + r.stderr).toContain('offline-preload self-test: OK');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('[offline-preload] refused connection to 169.254.169.254:80');
  });
});
