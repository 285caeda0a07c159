import { createHash, randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { resolveSender, type IdentityPolicy } from '../../src/bot/identity.js';

/**
 * resolveSender, rule by rule (issue 17, mutation group `identity`): who the bot acts for and in
 * which tenant. Each case is an activity an attacker or a misbehaving client could send; the
 * expectation is the whole Sender, so a refusal that changes kind, or a field that goes missing
 * or changes case, is noticed.
 */

const TENANT = '7e4a7ed0-1d2c-4b5e-9c1d-51a0fa4e0077';
const OTHER = 'bad7e4a7-0000-4000-8000-0000000000ff';
/** The tenant a demo-mode sender without any tenant is placed in (src/bot/identity.ts). */
const DEMO_TENANT = '00000000-0000-4000-8000-00000000de00';
const USER = '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';

const production: IdentityPolicy = { demo: false, allowedTenantIds: [TENANT] };
const demo: IdentityPolicy = { demo: true, allowedTenantIds: [] };

/** A well-formed Teams personal-chat activity from USER in TENANT, with `patch` applied on top. */
function teams(patch: { from?: Record<string, unknown>; conversation?: Record<string, unknown>; channelData?: unknown; channelId?: string } = {}) {
  return {
    channelId: patch.channelId ?? 'msteams',
    from: { id: '29:teams-user', aadObjectId: USER, ...patch.from },
    conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: TENANT, ...patch.conversation },
    channelData: 'channelData' in patch ? patch.channelData : { tenant: { id: TENANT } },
  } as unknown as Partial<Activity>;
}

const ok = (extra: Record<string, unknown> = {}) => ({
  ok: true,
  userId: USER,
  tenantId: TENANT,
  conversationId: 'a:personal-1',
  personal: true,
  simulated: false,
  ...extra,
});

/**
 * The simulated user id of demo mode: sha256 of `channel:fromId`, laid out as a version-4 GUID. Stable,
 * so an Emulator user keeps the same simulated methods from one run to the next.
 */
function expectedSimulatedId(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return [h.slice(0, 8), h.slice(8, 12), `4${h.slice(13, 16)}`, `8${h.slice(17, 20)}`, h.slice(20, 32)].join('-');
}

describe('resolveSender: a Teams sender in production', () => {
  it('acts for the sender’s own object id in the allowed tenant', () => {
    expect(resolveSender(teams(), production)).toStrictEqual(ok());
  });

  it('lower-cases an upper-case object id and tenant id (one user, one tenant, whatever the case)', () => {
    const activity = teams({
      from: { aadObjectId: USER.toUpperCase() },
      conversation: { tenantId: TENANT.toUpperCase() },
      channelData: { tenant: { id: TENANT.toUpperCase() } },
    });
    expect(resolveSender(activity, production)).toStrictEqual(ok());
  });

  it.each([
    ['no conversation', { conversation: undefined }],
    ['a conversation without an id', { conversation: { tenantId: TENANT } }],
    ['an empty conversation id', { conversation: { id: '', tenantId: TENANT } }],
    ['no sender', { from: undefined }],
    ['a sender without an id', { from: { aadObjectId: USER } }],
    ['an empty sender id', { from: { id: '', aadObjectId: USER } }],
  ])('refuses an activity with %s (noIdentity), in production and in demo mode', (_what, patch) => {
    const activity = { ...teams(), ...patch } as Partial<Activity>;
    expect(resolveSender(activity, production)).toStrictEqual({ ok: false, reason: 'noIdentity' });
    expect(resolveSender(activity, demo)).toStrictEqual({ ok: false, reason: 'noIdentity' });
  });

  it.each(['webchat', 'directline', 'emulator', 'msteams '])('refuses channel %j outside demo mode: only Teams vouches for the identity', (channelId) => {
    expect(resolveSender(teams({ channelId }), production)).toStrictEqual({ ok: false, reason: 'noIdentity' });
  });

  it('accepts the same object id from another channel in demo mode (the Emulator, Web Chat)', () => {
    expect(resolveSender(teams({ channelId: 'webchat' }), demo)).toStrictEqual(ok());
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['not a GUID', 'not-a-guid'],
    ['a GUID with a prefix', `x${USER}`],
    ['a GUID with a suffix', `${USER}x`],
    ['a GUID with a line break after it', `${USER}\n`],
    ['a GUID without hyphens', USER.replaceAll('-', '')],
    ['a GUID with a non-hex digit', `g${USER.slice(1)}`],
    ['a GUID with a short first group', USER.slice(1)],
    ['a GUID with a long first group', `a${USER}`],
    ['a GUID with a short second group', '3f2a1b4c-5d6-4f70-8a9b-0c1d2e3f4a5b'],
    ['a GUID with a long third group', '3f2a1b4c-5d6e-4f700-8a9b-0c1d2e3f4a5b'],
    ['a GUID with a short fourth group', '3f2a1b4c-5d6e-4f70-8a9-0c1d2e3f4a5b'],
    ['a GUID with a short last group', '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5'],
    ['a GUID with a long last group', '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5bc'],
    ['a GUID with spaces for hyphens', USER.replaceAll('-', ' ')],
  ])('refuses a Teams sender whose aadObjectId is %s (production acts for real object ids only)', (_what, aadObjectId) => {
    expect(resolveSender(teams({ from: { aadObjectId } }), production)).toStrictEqual({ ok: false, reason: 'noIdentity' });
  });

  it.each([
    ['a number', 42],
    ['an array holding a GUID', [USER]],
    ['an object', { id: USER }],
    ['true', true],
  ])('refuses an aadObjectId that is %s, in production and in demo mode (no simulated user for it)', (_what, aadObjectId) => {
    expect(resolveSender(teams({ from: { aadObjectId } }), production)).toStrictEqual({ ok: false, reason: 'noIdentity' });
    expect(resolveSender(teams({ from: { aadObjectId } }), demo)).toStrictEqual({ ok: false, reason: 'noIdentity' });
  });
});

describe('resolveSender: the tenant', () => {
  it('refuses another tenant, naming it and the claimed user for the audit record', () => {
    const activity = teams({ conversation: { tenantId: OTHER }, channelData: { tenant: { id: OTHER } } });
    expect(resolveSender(activity, production)).toStrictEqual({ ok: false, reason: 'tenantNotAllowed', tenantId: OTHER, userId: USER });
  });

  it('refuses an activity without any tenant when an allow-list is set', () => {
    const activity = teams({ conversation: { tenantId: undefined }, channelData: undefined });
    expect(resolveSender(activity, production)).toStrictEqual({ ok: false, reason: 'tenantNotAllowed', tenantId: undefined, userId: USER });
  });

  it('leaves the claimed user out of the refusal when it is not a GUID', () => {
    const activity = teams({ from: { aadObjectId: 'not-a-guid' }, conversation: { tenantId: OTHER }, channelData: undefined });
    expect(resolveSender(activity, production)).toStrictEqual({ ok: false, reason: 'tenantNotAllowed', tenantId: OTHER, userId: undefined });
  });

  it('reads the tenant from the conversation alone, or from channel data alone', () => {
    expect(resolveSender(teams({ channelData: undefined }), production)).toStrictEqual(ok());
    expect(resolveSender(teams({ conversation: { tenantId: undefined } }), production)).toStrictEqual(ok());
    expect(resolveSender(teams({ conversation: { tenantId: undefined }, channelData: { tenant: { id: TENANT.toUpperCase() } } }), production)).toStrictEqual(
      ok(),
    );
  });

  it('falls back to channel data when the conversation’s tenant is empty', () => {
    expect(resolveSender(teams({ conversation: { tenantId: '' } }), production)).toStrictEqual(ok());
    expect(resolveSender(teams({ conversation: { tenantId: '' }, channelData: { tenant: { id: OTHER } } }), production)).toMatchObject({
      ok: false,
      reason: 'tenantNotAllowed',
      tenantId: OTHER,
    });
  });

  it.each([
    ['allowed in the conversation, another in channel data', TENANT, OTHER],
    ['another in the conversation, allowed in channel data', OTHER, TENANT],
  ])('refuses two different tenants in one activity (%s), naming the channel data’s', (_what, conversationTenant, channelTenant) => {
    const activity = teams({ conversation: { tenantId: conversationTenant }, channelData: { tenant: { id: channelTenant } } });
    const allowBoth: IdentityPolicy = { demo: false, allowedTenantIds: [TENANT, OTHER] };
    expect(resolveSender(activity, allowBoth)).toStrictEqual({ ok: false, reason: 'tenantNotAllowed', tenantId: channelTenant, userId: USER });
    expect(resolveSender(activity, demo)).toStrictEqual({ ok: false, reason: 'tenantNotAllowed', tenantId: channelTenant, userId: USER });
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an array', [TENANT]],
    ['an object', { id: TENANT }],
  ])('refuses a conversation tenant id that is %s, even in demo mode without an allow-list', (_what, tenantId) => {
    const activity = teams({ conversation: { tenantId }, channelData: undefined });
    expect(resolveSender(activity, demo)).toStrictEqual({ ok: false, reason: 'tenantNotAllowed', userId: USER });
    expect(resolveSender(activity, production)).toStrictEqual({ ok: false, reason: 'tenantNotAllowed', userId: USER });
  });

  it.each([
    ['a number', 42],
    ['an array', [TENANT]],
    ['an object', { value: TENANT }],
    ['101 characters', 'a'.repeat(101)],
  ])('refuses a channel-data tenant id that is %s, even in demo mode without an allow-list', (_what, id) => {
    const activity = teams({ conversation: { tenantId: undefined }, channelData: { tenant: { id } } });
    expect(resolveSender(activity, demo)).toStrictEqual({ ok: false, reason: 'tenantNotAllowed', userId: USER });
  });

  it('keeps a channel-data tenant id of 100 characters (demo mode without an allow-list serves it)', () => {
    const id = 'A'.repeat(100);
    const activity = teams({ conversation: { tenantId: undefined }, channelData: { tenant: { id } } });
    expect(resolveSender(activity, demo)).toStrictEqual(ok({ tenantId: id.toLowerCase() }));
  });

  it.each([
    ['no channel data', undefined],
    ['null channel data', null],
    ['channel data that is a string', 'tenant'],
    ['channel data without a tenant', { other: 1 }],
    ['a null tenant', { tenant: null }],
    ['a tenant that is a string', { tenant: OTHER }],
    ['a tenant without an id', { tenant: {} }],
    ['an empty tenant id', { tenant: { id: '' } }],
  ])('ignores %s: the conversation’s tenant decides', (_what, channelData) => {
    expect(resolveSender(teams({ channelData }), production)).toStrictEqual(ok());
    // Nothing else carries a tenant: the allow-list refuses, and demo mode places the sender in the demo tenant.
    const bare = teams({ conversation: { tenantId: undefined }, channelData });
    expect(resolveSender(bare, production)).toMatchObject({ ok: false, reason: 'tenantNotAllowed', tenantId: undefined });
    expect(resolveSender(bare, demo)).toStrictEqual(ok({ tenantId: DEMO_TENANT }));
  });

  it('serves any tenant in demo mode without an allow-list, and lower-cases it', () => {
    const activity = teams({ conversation: { tenantId: OTHER.toUpperCase() }, channelData: undefined });
    expect(resolveSender(activity, demo)).toStrictEqual(ok({ tenantId: OTHER }));
  });
});

describe('resolveSender: personal chat or not', () => {
  it.each([
    ['personal', undefined, true],
    ['groupChat', undefined, false],
    ['channel', undefined, false],
    ['channel', false, false],
    ['personal', true, true],
    [undefined, true, false],
    [undefined, false, true],
    [undefined, undefined, true],
    ['', true, false],
    ['', undefined, true],
  ])('conversationType %j, isGroup %j: personal %j', (conversationType, isGroup, personal) => {
    const activity = teams({ conversation: { conversationType, isGroup } });
    expect(resolveSender(activity, production)).toStrictEqual(ok({ personal }));
  });
});

describe('resolveSender: demo mode without an Entra identity (the Emulator)', () => {
  const emulator = (fromId: string, channelId = 'emulator') =>
    ({ channelId, from: { id: fromId, name: 'User' }, conversation: { id: 'c-1' } }) as unknown as Partial<Activity>;

  it('stands in a stable simulated user derived from the channel and the sender id', () => {
    const sender = resolveSender(emulator('user-1'), demo);
    expect(sender).toStrictEqual({
      ok: true,
      userId: expectedSimulatedId('emulator:user-1'),
      tenantId: DEMO_TENANT,
      conversationId: 'c-1',
      personal: true,
      simulated: true,
    });
    expect(resolveSender(emulator('user-1'), demo)).toStrictEqual(sender);
    if (!sender.ok) throw new Error('unreachable');
    expect(sender.userId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives another sender, or the same id on another channel, another simulated user', () => {
    const ids = [emulator('user-1'), emulator('user-2'), emulator('user-1', 'webchat')].map((a) => {
      const s = resolveSender(a, demo);
      return s.ok ? s.userId : s.reason;
    });
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe(expectedSimulatedId('webchat:user-1'));
  });

  it('stands in a simulated user for a null or non-GUID aadObjectId in demo mode only', () => {
    for (const aadObjectId of [null, '', 'not-a-guid']) {
      const activity = teams({ from: { aadObjectId }, channelData: undefined, conversation: { tenantId: undefined } });
      expect(resolveSender(activity, demo)).toStrictEqual({
        ok: true,
        userId: expectedSimulatedId('msteams:29:teams-user'),
        tenantId: DEMO_TENANT,
        conversationId: 'a:personal-1',
        personal: true,
        simulated: true,
      });
      expect(resolveSender(activity, { demo: false, allowedTenantIds: [] })).toStrictEqual({ ok: false, reason: 'noIdentity' });
    }
  });

  it('keeps a real object id as it is in demo mode (not simulated), in the demo tenant when none is given', () => {
    const id = randomUUID();
    const activity = { channelId: 'emulator', from: { id: 'u', aadObjectId: id }, conversation: { id: 'c-1', isGroup: true } } as unknown as Partial<Activity>;
    expect(resolveSender(activity, demo)).toStrictEqual({
      ok: true,
      userId: id,
      tenantId: DEMO_TENANT,
      conversationId: 'c-1',
      personal: false,
      simulated: false,
    });
  });

  it('applies the allow-list in demo mode too when one is set', () => {
    const listed: IdentityPolicy = { demo: true, allowedTenantIds: [TENANT] };
    expect(resolveSender(emulator('user-1'), listed)).toStrictEqual({ ok: false, reason: 'tenantNotAllowed', tenantId: undefined, userId: undefined });
    const inTenant = { ...emulator('user-1'), conversation: { id: 'c-1', tenantId: TENANT } } as Partial<Activity>;
    expect(resolveSender(inTenant, listed)).toMatchObject({ ok: true, tenantId: TENANT, simulated: true });
  });
});
