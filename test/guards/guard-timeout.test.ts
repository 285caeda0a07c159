import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { DailyResetQuota, type ResetWindow } from '../../src/reset/quota.js';
import { SelfServiceGuards } from '../../src/reset/guards.js';
import { createMemoryState } from '../../src/state/memory.js';
import { LogCapture } from '../helpers/logs.js';

/**
 * The guards' bound on their Graph checks (the load test widens it through `guardTimeoutMs`, so
 * the bound is proven here): a privilege or risk check that never answers refuses, fail closed.
 * No clock is measured: the hanging check settles only through the guard's abort signal.
 */
const SUBJECT = { userId: '00000000-0000-4000-8000-0000000000a1', tenantId: '00000000-0000-4000-8000-00000000de00' };

/** Never answers; rejects only when the caller's signal aborts (as the Graph client does). */
function hanging(seen: AbortSignal[]) {
  return (_userId: string, signal?: AbortSignal) =>
    new Promise<never>((_, reject) => {
      seen.push(signal!);
      signal!.addEventListener('abort', () => reject(signal!.reason as Error), { once: true });
    });
}

function guards(opts: Partial<ConstructorParameters<typeof SelfServiceGuards>[0]>) {
  const logs = new LogCapture();
  const quota = new DailyResetQuota(createMemoryState().pending<ResetWindow>('selfServiceResets'), 3);
  return { logs, guards: new SelfServiceGuards({ quota, log: createLogger('info', logs), ...opts }) };
}

describe('self-service guards: the Graph check bound', () => {
  it('refuses (guardUnavailable) when the privilege check never answers, once its bound passes', async () => {
    const seen: AbortSignal[] = [];
    const { guards: g, logs } = guards({ privilege: { privilegeOf: hanging(seen) }, timeoutMs: 50 });
    await expect(g.check(SUBJECT)).resolves.toEqual({ ok: false, reason: 'guardUnavailable' });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.aborted).toBe(true);
    expect(logs.records().find((r) => r.guard === 'privilege')).toMatchObject({ level: 'warn' });
  });

  it('refuses the same way when the risk check never answers', async () => {
    const seen: AbortSignal[] = [];
    const { guards: g } = guards({ risk: { riskOf: hanging(seen) }, timeoutMs: 50 });
    await expect(g.check(SUBJECT)).resolves.toEqual({ ok: false, reason: 'guardUnavailable' });
    expect(seen[0]!.aborted).toBe(true);
  });

  it('lets a check that answers within the bound through', async () => {
    const { guards: g } = guards({
      privilege: { privilegeOf: async () => ({ privileged: false, reasons: [] }) },
      risk: { riskOf: async () => ({ record: false }) },
      timeoutMs: 60_000,
    });
    await expect(g.check(SUBJECT)).resolves.toEqual({ ok: true });
  });
});
