import { join } from 'node:path';
import { botNodeFlags, childEnv, startChild, type Child, type Stats } from './children.js';
import { send } from './load.js';

export interface MemorySample {
  readonly rssMB: number;
  readonly heapMB: number;
}

export interface MemoryResult {
  readonly variant: string;
  readonly conversations: number;
  readonly idle: MemorySample;
  readonly warm: MemorySample;
  readonly after: MemorySample;
  /** after − warm: what the conversations left behind. */
  readonly growth: MemorySample;
  /** after − idle, one-time costs included (lazily loaded code, JIT, pools). */
  readonly growthFromIdle: MemorySample;
  readonly usedNonces: number;
  readonly errors: number;
}

const MB = 1024 * 1024;

/**
 * Item 4b. The bot in a child process with --expose-gc: RSS at idle, after a warm-up (JIT,
 * connection pools, lazily loaded code), and after `conversations` more distinct users in distinct
 * conversations each asking for a reset (a Graph list and a card each), all after a forced GC.
 * Growth is measured from the warm state, so one-time costs are not counted as per-conversation.
 */
export async function measureMemory(variant: 'demo' | 'stateless', conversations: number, warmup: number, logDir: string): Promise<MemoryResult> {
  const dist = new URL('.', import.meta.url).pathname;
  const child = await startChild(
    join(dist, 'bot-server.js'),
    join(logDir, `memory-${variant}.log`),
    childEnv(variant === 'stateless' ? { BENCH_TENANT: 'stateless' } : {}),
    undefined,
    botNodeFlags(),
  );
  try {
    const idle = sample(await settled(child));
    const w = await send(child.url, 'reset my MFA', warmup, 20);
    const warm = sample(await settled(child));
    const r = await send(child.url, 'reset my MFA', conversations, 20);
    const last = await settled(child);
    const after = sample(last);
    return {
      variant: variant === 'demo' ? 'demo mode as shipped (simulator keeps up to 5,000 users)' : 'bot only (simulator keeps no per-user state)',
      conversations,
      idle,
      warm,
      after,
      growth: { rssMB: after.rssMB - warm.rssMB, heapMB: after.heapMB - warm.heapMB },
      growthFromIdle: { rssMB: after.rssMB - idle.rssMB, heapMB: after.heapMB - idle.heapMB },
      usedNonces: last.usedNonces,
      errors: w.errors + w.non2xx + r.errors + r.non2xx,
    };
  } finally {
    await child.stop();
  }
}

/**
 * RSS right after a load swings by tens of MB (V8 and malloc keep freed pages for a while), so
 * read it once the process has been idle for 2 s with a full GC every 0.5 s, as a server between
 * bursts would be. Heap used is the steadier figure; both are reported.
 */
async function settled(child: Child): Promise<Stats> {
  for (let i = 0; i < 4; i++) {
    await child.stats(true);
    await new Promise((r) => setTimeout(r, 500));
  }
  return child.stats(true);
}

function sample(s: Stats): MemorySample {
  if (!s.gcForced) throw new Error('the bot child runs without --expose-gc');
  return { rssMB: s.rss / MB, heapMB: s.heapUsed / MB };
}
