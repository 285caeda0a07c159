import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_TOKEN_LIFETIME_MS, TokenSigner, methodDigest } from '../../src/reset/token.js';
import type { AuthMethod } from '../../src/reset/types.js';

const KEY = randomBytes(32);
const phone: AuthMethod = { id: 'p', kind: 'phone', odataType: '', phoneType: 'mobile', phoneNumber: '+1 4255550199', createdDateTime: '2024-01-01T00:00:00Z' };
const claims = {
  confirmerId: 'u1',
  subjectId: 'u1',
  tenantId: 't1',
  conversationId: 'c1',
  scope: 'all',
  methods: [{ id: 'p', kind: 'phone' as const, phoneType: 'mobile' as const, label: 'mobile phone', digest: methodDigest(phone) }],
};

/** Sign an arbitrary payload with the real key, as a buggy or old issuer would. */
function signed(payload: Record<string, unknown>): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${createHmac('sha256', KEY).update(body).digest('base64url')}`;
}

describe('confirmation tokens (v2)', () => {
  it('round-trips the claims, the method digests included', () => {
    const signer = new TokenSigner(KEY, 300);
    const { token } = signer.issue(claims);
    const v = signer.verify(token);
    expect(v.ok && v.claims.methods[0]!.digest).toBe(methodDigest(phone));
  });

  it('changes the digest when the number, creation time or name changes', () => {
    expect(methodDigest({ ...phone, phoneNumber: '+1 2065550123' })).not.toBe(methodDigest(phone));
    expect(methodDigest({ ...phone, createdDateTime: '2025-01-01T00:00:00Z' })).not.toBe(methodDigest(phone));
    expect(methodDigest({ ...phone, displayName: 'x' })).not.toBe(methodDigest(phone));
    expect(methodDigest({ ...phone })).toBe(methodDigest(phone));
  });

  it('never issues a token that lives longer than the maximum lifetime', () => {
    const signer = new TokenSigner(KEY, 86_400);
    const { claims: c } = signer.issue(claims);
    expect(c.expiresAt - c.issuedAt).toBe(MAX_TOKEN_LIFETIME_MS);
  });

  it('refuses a validly signed token that claims a longer life than the maximum', () => {
    const now = Date.now();
    const payload = { v: 2, r: 'u1', u: 'u1', t: 't1', c: 'c1', s: 'all', i: now, e: now + MAX_TOKEN_LIFETIME_MS + 1000, n: 'n'.repeat(22), m: [] };
    expect(new TokenSigner(KEY, 300).verify(signed(payload))).toEqual({ ok: false, reason: 'tokenMalformed' });
    expect(new TokenSigner(KEY, 300).verify(signed({ ...payload, e: now + 60_000 })).ok).toBe(true);
  });

  it('refuses a token issued in the future', () => {
    const now = Date.now();
    const payload = { v: 2, r: 'u1', u: 'u1', t: 't1', c: 'c1', s: 'all', i: now + 3_600_000, e: now + 3_700_000, n: 'n'.repeat(22), m: [] };
    expect(new TokenSigner(KEY, 300).verify(signed(payload)).ok).toBe(false);
  });

  it('refuses a version 1 token', () => {
    const now = Date.now();
    expect(new TokenSigner(KEY, 300).verify(signed({ v: 1, u: 'u1', t: 't1', c: 'c1', s: 'all', e: now + 1000, n: 'n'.repeat(22), m: [] })).ok).toBe(false);
  });
});

/** The token's own rules, at their edges, with a fixed clock (issue 17: the mutation audit of token.ts). */
describe('confirmation tokens at their edges', () => {
  const T0 = 1_750_000_000_000;
  const at = (t: number) => () => t;
  const base = { v: 2, r: 'u1', u: 'u1', t: 't1', c: 'c1', s: 'all', n: 'n'.repeat(22), m: [] };

  it('round-trips every claim unchanged, each phone type and a method without one', () => {
    const methods = [
      ...(['mobile', 'alternateMobile', 'office'] as const).map((p) => ({
        id: `ph-${p}`,
        kind: 'phone' as const,
        phoneType: p,
        label: `${p} phone`,
        digest: 'd'.repeat(22),
      })),
      { id: 'em', kind: 'email' as const, phoneType: undefined, label: 'email j•••@contoso.com', digest: 'e'.repeat(22) },
    ];
    const signer = new TokenSigner(KEY, 300, at(T0));
    const { token, claims: issued } = signer.issue({ ...claims, confirmerId: 'approver', subjectId: 'target', scope: 'phone', methods });
    const v = signer.verify(token);
    expect(v).toEqual({ ok: true, claims: issued });
    expect(issued).toMatchObject({ confirmerId: 'approver', subjectId: 'target', tenantId: 't1', conversationId: 'c1', scope: 'phone', issuedAt: T0 });
    expect(v.ok && v.claims.methods.map((m) => m.phoneType)).toEqual(['mobile', 'alternateMobile', 'office', undefined]);
  });

  it('gives each card its own unguessable nonce (22 base64url characters: 128 bits)', () => {
    const signer = new TokenSigner(KEY, 300, at(T0));
    const nonces = Array.from({ length: 50 }, () => signer.issue(claims).claims.nonce);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Set(nonces).size).toBe(50);
  });

  it('lives exactly the configured TTL, or until a given end, never past the maximum, never before now', () => {
    const life = (ttl: number, opts: { expiresAt?: number } = {}) => {
      const c = new TokenSigner(KEY, ttl, at(T0)).issue(claims, opts).claims;
      expect(c.issuedAt).toBe(T0);
      return c.expiresAt - T0;
    };
    expect(life(300)).toBe(300_000);
    expect(life(300, { expiresAt: T0 + 120_000 })).toBe(120_000);
    expect(life(300, { expiresAt: T0 + 2 * MAX_TOKEN_LIFETIME_MS })).toBe(MAX_TOKEN_LIFETIME_MS);
    expect(life(300, { expiresAt: T0 - 5_000 })).toBe(0);
  });

  it('accepts a token until its last millisecond and refuses it one millisecond later', () => {
    const { token } = new TokenSigner(KEY, 300, at(T0)).issue(claims);
    expect(new TokenSigner(KEY, 300, at(T0 + 300_000)).verify(token).ok).toBe(true);
    expect(new TokenSigner(KEY, 300, at(T0 + 300_001)).verify(token)).toEqual({ ok: false, reason: 'tokenExpired' });
  });

  it('accepts a token of exactly the maximum lifetime (what a long TTL issues), and not one millisecond more', () => {
    const signer = new TokenSigner(KEY, 86_400, at(T0));
    expect(signer.verify(signer.issue(claims).token).ok).toBe(true);
    expect(signer.verify(signed({ ...base, i: T0, e: T0 + MAX_TOKEN_LIFETIME_MS })).ok).toBe(true);
    expect(signer.verify(signed({ ...base, i: T0, e: T0 + MAX_TOKEN_LIFETIME_MS + 1 }))).toEqual({ ok: false, reason: 'tokenMalformed' });
  });

  it('tolerates a minute of clock skew between instances for the issue time, and no more', () => {
    const signer = new TokenSigner(KEY, 300, at(T0));
    expect(signer.verify(signed({ ...base, i: T0 + 60_000, e: T0 + 120_000 })).ok).toBe(true);
    expect(signer.verify(signed({ ...base, i: T0 + 60_001, e: T0 + 120_000 }))).toEqual({ ok: false, reason: 'tokenMalformed' });
  });

  it('answers anything that is not a well-formed token with a refusal, never an exception', () => {
    const signer = new TokenSigner(KEY, 300, at(T0));
    const { token } = signer.issue(claims);
    const [payload, signature] = token.split('.') as [string, string];
    const hmac = (p: string) => createHmac('sha256', KEY).update(p).digest('base64url');
    const cases: [unknown, string][] = [
      [undefined, 'tokenMalformed'],
      [12345, 'tokenMalformed'],
      [{ length: 3, split: () => [payload, signature] }, 'tokenMalformed'],
      ['', 'tokenMalformed'],
      [`${token}.${signature}`, 'tokenMalformed'], // a valid token with a third part
      [`.${hmac('')}`, 'tokenMalformed'], // no payload (its empty signature is valid)
      [`.${signature}`, 'tokenMalformed'],
      [`${payload}.`, 'tokenMalformed'], // no signature
      [payload, 'tokenMalformed'],
      [`${payload}.${signature.slice(0, 10)}`, 'tokenBadSignature'], // shorter signature: no timingSafeEqual throw
      [`${payload}.${signature}AAAA`, 'tokenBadSignature'],
      [`${payload}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`, 'tokenBadSignature'],
      [`!!!.${hmac('!!!')}`, 'tokenMalformed'], // signed, not JSON
      [signed({ v: 1 }), 'tokenMalformed'], // signed JSON of the wrong shape
      [`${Buffer.from('null').toString('base64url')}.${hmac(Buffer.from('null').toString('base64url'))}`, 'tokenMalformed'],
    ];
    for (const [value, reason] of cases) expect(signer.verify(value), String(value)).toEqual({ ok: false, reason });
  });

  it('takes a validly signed token of 8192 characters and refuses a longer one before any work', () => {
    const signer = new TokenSigner(KEY, 300, at(T0));
    // Padding in a field the schema ignores makes the signed token exactly the length wanted.
    const sized = (length: number) => {
      for (let pad = 5000; pad < 7000; pad++) {
        const t = signed({ ...base, i: T0, e: T0 + 1000, x: 'a'.repeat(pad) });
        if (t.length === length) return t;
      }
      throw new Error(`no token of ${length} characters`);
    };
    expect(signer.verify(sized(8192)).ok).toBe(true);
    // 8193 is not a base64url length here (4k+1 characters never occur); 8194 is.
    expect(signer.verify(sized(8194))).toEqual({ ok: false, reason: 'tokenMalformed' });
  });
});

/** The digest is part of the token's format: instances of two releases sharing a key must agree on it. */
describe('method digest', () => {
  const digest = (seen: unknown[]) => createHash('sha256').update(JSON.stringify(seen)).digest('base64url').slice(0, 22);

  it('is the first 22 base64url characters of SHA-256 over what the card showed', () => {
    expect(methodDigest(phone)).toBe(digest(['phone', 'mobile', '+1 4255550199', '', '2024-01-01T00:00:00Z', '']));
    const email: AuthMethod = { id: 'e', kind: 'email', odataType: '', emailAddress: 'jordan@contoso.com' };
    expect(methodDigest(email)).toBe(digest(['email', '', '', 'jordan@contoso.com', '', '']));
    expect(methodDigest(email)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('changes when the kind, phone type or email address changes', () => {
    expect(methodDigest({ ...phone, kind: 'email' })).not.toBe(methodDigest(phone));
    expect(methodDigest({ ...phone, phoneType: 'office' })).not.toBe(methodDigest(phone));
    const email: AuthMethod = { id: 'e', kind: 'email', odataType: '', emailAddress: 'jordan@contoso.com' };
    expect(methodDigest({ ...email, emailAddress: 'mallory@contoso.com' })).not.toBe(methodDigest(email));
  });
});
