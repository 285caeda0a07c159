import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { MethodKind, PhoneType } from '../reset/catalogue.js';
import type { AuthMethod } from '../reset/types.js';

/**
 * Signed confirmation tokens (HMAC-SHA256). The card carries the token; a click is honoured only
 * if the signature holds, it has not expired, and requester, tenant and conversation match the
 * click. Because it pins the method ids shown, a replayed token can only touch methods the user
 * already confirmed. Any instance that shares CONFIRMATION_SIGNING_KEY can verify it.
 */

export interface ConfirmationClaims {
  /** Graph user id the reset targets (the requester's own object id). */
  readonly userId: string;
  readonly tenantId: string;
  readonly conversationId: string;
  /** The methods shown on the card, with the labels shown. */
  readonly methods: readonly PinnedMethod[];
  readonly scope: string;
  readonly expiresAt: number;
  readonly nonce: string;
}

export interface PinnedMethod {
  readonly id: string;
  readonly kind: MethodKind;
  readonly phoneType?: PhoneType | undefined;
  readonly label: string;
}

const Payload = z.object({
  v: z.literal(1),
  u: z.string().min(1).max(200),
  t: z.string().max(100),
  c: z.string().min(1).max(500),
  s: z.string().max(40),
  e: z.number().int().positive(),
  n: z.string().min(16).max(64),
  m: z
    .array(
      z.object({
        i: z.string().min(1).max(200),
        k: z.string().max(60),
        p: z.enum(['mobile', 'alternateMobile', 'office']).optional(),
        l: z.string().max(300),
      }),
    )
    .max(100),
});

export type VerifyResult =
  | { readonly ok: true; readonly claims: ConfirmationClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'badSignature' | 'expired' };

export class ConfirmationSigner {
  constructor(
    private readonly key: Buffer,
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  issue(claims: Omit<ConfirmationClaims, 'expiresAt' | 'nonce'>): { token: string; claims: ConfirmationClaims } {
    const full: ConfirmationClaims = {
      ...claims,
      expiresAt: this.now() + this.ttlSeconds * 1000,
      nonce: randomBytes(16).toString('base64url'),
    };
    const payload = Buffer.from(
      JSON.stringify({
        v: 1,
        u: full.userId,
        t: full.tenantId,
        c: full.conversationId,
        s: full.scope,
        e: full.expiresAt,
        n: full.nonce,
        m: full.methods.map((m) => ({ i: m.id, k: m.kind, ...(m.phoneType ? { p: m.phoneType } : {}), l: m.label })),
      }),
    ).toString('base64url');
    return { token: `${payload}.${this.sign(payload)}`, claims: full };
  }

  verify(token: unknown): VerifyResult {
    if (typeof token !== 'string' || token.length > 8192) return { ok: false, reason: 'malformed' };
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'malformed' };
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'badSignature' };
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const p = Payload.safeParse(json);
    if (!p.success) return { ok: false, reason: 'malformed' };
    if (this.now() > p.data.e) return { ok: false, reason: 'expired' };
    return {
      ok: true,
      claims: {
        userId: p.data.u,
        tenantId: p.data.t,
        conversationId: p.data.c,
        scope: p.data.s,
        expiresAt: p.data.e,
        nonce: p.data.n,
        methods: p.data.m.map((m) => ({ id: m.i, kind: m.k as MethodKind, phoneType: m.p, label: m.l })),
      },
    };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

export function toAuthMethods(pinned: readonly PinnedMethod[]): AuthMethod[] {
  return pinned.map((p) => ({ id: p.id, kind: p.kind, odataType: '', phoneType: p.phoneType }));
}

/**
 * Single use within this instance: the first click claims the nonce, repeats and concurrent
 * double clicks see it taken. Entries expire with the token, so memory stays bounded.
 */
export class UsedNonces {
  private readonly used = new Map<string, number>();
  constructor(
    private readonly max = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True if this call claimed the nonce; false if it was already used. */
  claim(nonce: string, expiresAt: number): boolean {
    this.sweep();
    if (this.used.has(nonce)) return false;
    if (this.used.size >= this.max) {
      const oldest = this.used.keys().next().value;
      if (oldest !== undefined) this.used.delete(oldest);
    }
    this.used.set(nonce, expiresAt);
    return true;
  }

  get size(): number {
    return this.used.size;
  }

  private sweep(): void {
    const t = this.now();
    for (const [nonce, exp] of this.used) {
      if (exp > t) break; // insertion order ≈ expiry order (one TTL for all)
      this.used.delete(nonce);
    }
  }
}
