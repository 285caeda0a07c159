/** Messages between the benchmark and the servers it runs as child processes (Node IPC). */
export type ChildRequest = { type: 'stats'; gc: boolean };

export type ChildReply = Ready | Stats;

export interface Ready {
  readonly type: 'ready';
  readonly url: string;
  /** Simulator only: where its token endpoint is, and its tenant. */
  readonly tokenEndpoint?: string;
  readonly tenantId?: string;
}

export interface Stats {
  readonly type: 'stats';
  readonly gcForced: boolean;
  readonly rss: number;
  readonly heapUsed: number;
  readonly external: number;
  /** process.cpuUsage(), user + system, µs since the process started. */
  readonly cpuMicros: number;
  readonly usedNonces: number;
  readonly tokenRequests: number;
  readonly graphRequests: number;
}

/** Answer the parent's stats requests; `counters` adds what only this process knows. */
export function answerStats(counters: () => Partial<Pick<Stats, 'usedNonces' | 'tokenRequests' | 'graphRequests'>> = () => ({})): void {
  process.on('message', (msg: ChildRequest) => {
    if (msg.type !== 'stats') return;
    const gc = msg.gc ? (globalThis as { gc?: () => void }).gc : undefined;
    // Two passes: the first can only queue finalizers for objects the second then frees.
    gc?.();
    gc?.();
    const m = process.memoryUsage();
    const cpu = process.cpuUsage();
    const reply: Stats = {
      type: 'stats',
      gcForced: gc !== undefined,
      rss: m.rss,
      heapUsed: m.heapUsed,
      external: m.external,
      cpuMicros: cpu.user + cpu.system,
      usedNonces: 0,
      tokenRequests: 0,
      graphRequests: 0,
      ...counters(),
    };
    process.send?.(reply);
  });
}

export function announce(ready: Ready): void {
  process.send?.(ready);
}
