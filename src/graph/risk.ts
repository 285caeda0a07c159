import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { RiskAnswer, RiskApi } from '../reset/guards.js';
import { toGraphCallError } from './client.js';
import { GraphCallError } from './errors.js';
import { withSignal } from './paging.js';

/**
 * Identity Protection's view of one user (`GET /v1.0/identityProtection/riskyUsers/{id}`, Entra ID
 * P2, IdentityRiskyUser.Read.All). A user with no risk record is a 404: no risk. Any other failure
 * propagates (typed), so the caller fails closed.
 */
const RiskyUser = z
  .object({
    riskLevel: z.string().max(40).nullish(),
    riskState: z.string().max(40).nullish(),
  })
  .loose();

// The doc's GET example wraps the object in "value": [...]; accept both shapes.
const Wrapped = z.object({ value: z.array(z.unknown()).max(1) });

export function createRiskApi(client: Client): RiskApi {
  return {
    async riskOf(userId, signal): Promise<RiskAnswer> {
      let raw: unknown;
      try {
        raw = await withSignal(client.api(`/identityProtection/riskyUsers/${encodeURIComponent(userId)}`), signal).get();
      } catch (err) {
        const e = toGraphCallError(err);
        if (e.status === 404) return { record: false };
        throw e;
      }
      const wrapped = Wrapped.safeParse(raw);
      const body = RiskyUser.safeParse(wrapped.success ? wrapped.data.value[0] : raw);
      if (!body.success) throw new GraphCallError(502, 'malformedResponse', 'Graph returned an unexpected riskyUser body');
      return { record: true, riskLevel: body.data.riskLevel ?? 'unknown', riskState: body.data.riskState ?? 'unknown' };
    },
  };
}
