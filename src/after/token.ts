import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * The follow-up card's token (what to do after a reset: a pass, signing out everywhere). Signed
 * with a key derived from the confirmation key, so a confirmation token is never accepted here
 * nor the other way round; bound to the person, tenant and chat; each action spent once through
 * the shared NonceStore, so it holds across instances.
 */
export type FollowUpAction = 'tap' | 'revoke';

export interface FollowUpClaims {
  readonly subjectId: string;
  readonly tenantId: string;
  readonly conversationId: string;
  /** The reset's reference id, so the follow-up's records join it in the audit log. */
  readonly ref: string;
  readonly actions: readonly FollowUpAction[];
  readonly expiresAt: number;
  readonly nonce: string;
}

const Claims = z.object({
  subjectId: z.string().min(1).max(100),
  tenantId: z.string().max(100),
  conversationId: z.string().min(1).max(500),
  ref: z.string().max(100),
  actions: z
    .array(z.enum(['tap', 'revoke']))
    .min(1)
    .max(2),
  expiresAt: z.number().int(),
  nonce: z.string().min(16).max(64),
});

export class FollowUpTokens {
  private readonly key: Buffer;
  constructor(
    signingKey: Buffer,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {
    this.key = createHmac('sha256', signingKey).update('mfa-reset follow-up v1').digest();
  }

  issue(c: Omit<FollowUpClaims, 'expiresAt' | 'nonce'>): { token: string; claims: FollowUpClaims } {
    const claims: FollowUpClaims = { ...c, expiresAt: this.now() + this.ttlMs, nonce: randomBytes(16).toString('base64url') };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${body}.${this.sign(body)}`, claims };
  }

  verify(token: string): FollowUpClaims | 'invalid' | 'expired' {
    const [body, sig, ...rest] = token.split('.');
    if (!body || !sig || rest.length > 0) return 'invalid';
    const want = Buffer.from(this.sign(body));
    const got = Buffer.from(sig);
    if (want.length !== got.length || !timingSafeEqual(want, got)) return 'invalid';
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return 'invalid';
    }
    const claims = Claims.safeParse(parsed);
    if (!claims.success) return 'invalid';
    return claims.data.expiresAt <= this.now() ? 'expired' : claims.data;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
