import { createHmac, randomBytes } from 'node:crypto';
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
