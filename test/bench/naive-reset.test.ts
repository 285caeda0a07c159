import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { naiveReset } from '../../bench/naive-reset.js';
import { PROFILES } from '../../bench/profiles.js';
import { sequentialRounds } from '../../bench/stats.js';
import { ODATA, SimulatedTenant } from '../../src/simulator/index.js';
import { startGraphRig, type GraphRig } from '../helpers/graph.js';

/**
 * The reset benchmark compares the engine with a naive loop; these check that the comparison is
 * honest: the naive loop really removes everything without breaking Graph's ordering rules, and
 * both users the benchmark uses are what it says (six methods, a default, two phones).
 */
describe('the naive reset used as the benchmark baseline', () => {
  let rig: GraphRig;
  beforeAll(async () => {
    rig = await startGraphRig({ tenant: new SimulatedTenant({ consistencyDelayMs: 0 }) });
  });
  afterAll(async () => rig.close());

  it.each(PROFILES.map((p) => [p.name, p] as const))('removes all six methods of a user with %s', async (_name, profile) => {
    expect(profile.methods).toHaveLength(6);
    expect(profile.methods.filter((m) => m['@odata.type'] === ODATA.phone)).toHaveLength(2);
    const userId = randomUUID();
    rig.tenant.provision(userId, structuredClone(profile.methods), { defaultMethodId: profile.defaultMethodId });

    const outcome = await naiveReset(rig.api, userId);

    expect(outcome.complete).toBe(true);
    expect(rig.tenant.methodsOf(userId).map((m) => m['@odata.type'])).toEqual([ODATA.password]);
    // list + one DELETE per method + one per refusal + list
    expect(outcome.calls).toBe(2 + 6 + outcome.refused);
  });

  it('is refused by the simulator when it deletes the default method first, and recovers', async () => {
    const profile = PROFILES.find((p) => p.methods[0]!.id === p.defaultMethodId)!;
    const userId = randomUUID();
    rig.tenant.provision(userId, structuredClone(profile.methods), { defaultMethodId: profile.defaultMethodId });
    const outcome = await naiveReset(rig.api, userId);
    expect(outcome.refused).toBeGreaterThanOrEqual(1);
    expect(outcome.complete).toBe(true);
  });
});

describe('counting sequential Graph round trips from arrival times', () => {
  const at = (...times: number[]) => times.map((t) => ({ at: t }));

  it('counts calls that arrive together as one round trip', () => {
    expect(sequentialRounds(at(0, 1, 2, 50, 51, 101, 152), 50)).toBe(4);
  });

  it('counts calls one after another as one round trip each', () => {
    expect(sequentialRounds(at(0, 51, 103, 155), 50)).toBe(4);
  });
});
