export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Sequential round trips in a list of request arrival times: calls that arrive within half a
 * latency of the first call of a round ran in parallel with it.
 */
export function sequentialRounds(requests: readonly { readonly at: number }[], latencyMs: number): number {
  const times = requests.map((r) => r.at).sort((a, b) => a - b);
  let rounds = 0;
  let start = -Infinity;
  for (const t of times) {
    if (t >= start + latencyMs / 2) {
      rounds++;
      start = t;
    }
  }
  return rounds;
}
