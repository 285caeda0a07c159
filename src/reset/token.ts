import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { KINDS, type MethodKind, type PhoneType } from './catalogue.js';
import type { AuthMethod } from './types.js';

/**
 * Signed confirmation tokens, version 2 (HMAC-SHA256). A card carries one; a click is honoured
 * only if the signature holds, the token is unexpired and within the maximum lifetime, and the
 * confirmer is the one it names. It pins each method shown by id *and* by a digest of what the
 * user saw (number or address, creation time, display name), so a replay cannot remove a
 * method registered after the card was shown under a fixed id (phones and email have them).
 * Any instance sharing CONFIRMATION_SIGNING_KEY verifies it; single use is the NonceStore's job.
 */

/** No token lives longer than this, whatever the configured TTL (CONFIRMATION_TTL_SECONDS tops out here too). */
export const MAX_TOKEN_LIFETIME_MS = 3600_000;

export interface PinnedMethod {
  readonly id: string;
  readonly kind: MethodKind;
  readonly phoneType?: PhoneType | undefined;
  /** As shown on the card (already markdown-safe). */
  readonly label: string;
  readonly digest: string;
}

export interface TokenClaims {
  /** Who may confirm (the authenticated sender who will press Yes). */
  readonly confirmerId: string;
  /** Whose methods change. */
  readonly subjectId: string;
  readonly tenantId: string;
  readonly conversationId: string;
  readonly scope: string;
  readonly methods: readonly PinnedMethod[];
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly nonce: string;
}

type TokenRefusal = 'tokenMalformed' | 'tokenBadSignature' | 'tokenExpired';
export type VerifyResult = { readonly ok: true; readonly claims: TokenClaims } | { readonly ok: false; readonly reason: TokenRefusal };

const KIND_NAMES = Object.keys(KINDS) as [MethodKind, ...MethodKind[]];

const Payload = z.object({
  v: z.literal(2),
  r: z.string().min(1).max(200),
  u: z.string().min(1).max(200),
  t: z.string().max(100),
  c: z.string().min(1).max(500),
  s: z.string().max(40),
  i: z.number().int().positive(),
  e: z.number().int().positive(),
  n: z.string().min(16).max(64),
  m: z
    .array(
      z.object({
        i: z.string().min(1).max(200),
        k: z.enum(KIND_NAMES),
        p: z.enum(['mobile', 'alternateMobile', 'office']).optional(),
        l: z.string().max(300),
        d: z.string().min(8).max(64),
      }),
    )
    .max(100),
});

/** What the user saw of a method, hashed: any change to it means "not the method you confirmed". */
export function methodDigest(m: AuthMethod): string {
  const seen = [m.kind, m.phoneType ?? '', m.phoneNumber ?? '', m.emailAddress ?? '', m.createdDateTime ?? '', m.displayName ?? ''];
  return createHash('sha256').update(JSON.stringify(seen)).digest('base64url').slice(0, 22);
}

export class TokenSigner {
  constructor(
    private readonly key: Buffer,
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * `expiresAt` (optional) sets the card's own end, e.g. a helpdesk request's; it is still capped
   * at the maximum token lifetime.
   */
  issue(claims: Omit<TokenClaims, 'issuedAt' | 'expiresAt' | 'nonce'>, opts: { expiresAt?: number } = {}): { token: string; claims: TokenClaims } {
    const issuedAt = this.now();
    const lifetime = opts.expiresAt !== undefined ? opts.expiresAt - issuedAt : this.ttlSeconds * 1000;
    const full: TokenClaims = {
      ...claims,
      issuedAt,
      expiresAt: issuedAt + Math.max(0, Math.min(lifetime, MAX_TOKEN_LIFETIME_MS)),
      nonce: randomBytes(16).toString('base64url'),
    };
    const payload = Buffer.from(
      JSON.stringify({
        v: 2,
        r: full.confirmerId,
        u: full.subjectId,
        t: full.tenantId,
        c: full.conversationId,
        s: full.scope,
        i: full.issuedAt,
        e: full.expiresAt,
        n: full.nonce,
        m: full.methods.map((m) => ({ i: m.id, k: m.kind, ...(m.phoneType ? { p: m.phoneType } : {}), l: m.label, d: m.digest })),
      }),
    ).toString('base64url');
    return { token: `${payload}.${this.sign(payload)}`, claims: full };
  }

  verify(token: unknown): VerifyResult {
    if (typeof token !== 'string' || token.length > 8192) return { ok: false, reason: 'tokenMalformed' };
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'tokenMalformed' };
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'tokenBadSignature' };
    let json: unknown;
    try {
      // (The try block itself stays mutated: it is entered before this directive is read.)
      // Stryker disable BlockStatement: equivalent in the catch below: emptied, `json` stays undefined, which the schema refuses as tokenMalformed too
      json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'tokenMalformed' };
    }
    // Stryker restore BlockStatement
    const p = Payload.safeParse(json);
    if (!p.success) return { ok: false, reason: 'tokenMalformed' };
    const d = p.data;
    // A validly signed token that claims a longer life than any we issue (an old key, a bug):
    // refused, so a leaked key cannot mint a card that lasts for days.
    if (d.e - d.i > MAX_TOKEN_LIFETIME_MS || d.i > this.now() + 60_000) return { ok: false, reason: 'tokenMalformed' };
    if (this.now() > d.e) return { ok: false, reason: 'tokenExpired' };
    return {
      ok: true,
      claims: {
        confirmerId: d.r,
        subjectId: d.u,
        tenantId: d.t,
        conversationId: d.c,
        scope: d.s,
        issuedAt: d.i,
        expiresAt: d.e,
        nonce: d.n,
        methods: d.m.map((m) => ({ id: m.i, kind: m.k, phoneType: m.p, label: m.l, digest: m.d })),
      },
    };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
