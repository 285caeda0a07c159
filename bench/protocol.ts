/** Messages between the benchmark and the servers it runs as child processes (Node IPC). */
export type ChildRequest = { type: 'stats'; gc: boolean };

export type ChildReply =
  | { type: 'ready'; url: string }
  | {
      type: 'stats';
      gcForced: boolean;
      rss: number;
      heapUsed: number;
      external: number;
      usedNonces: number;
      tokenRequests: number;
      graphRequests: number;
    };
