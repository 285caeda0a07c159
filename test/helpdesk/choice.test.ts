import { describe, expect, it } from 'vitest';
import { choicesFor, methodsForChoice, parseChoice, scopeOfChoice } from '../../src/helpdesk/choice.js';
import type { AuthMethod } from '../../src/reset/types.js';

const m = (id: string, kind: AuthMethod['kind'], phoneType?: AuthMethod['phoneType']): AuthMethod => ({ id, kind, odataType: `#x.${kind}`, phoneType });
const METHODS: AuthMethod[] = [
  m('app', 'microsoftAuthenticator'),
  m('mob', 'phone', 'mobile'),
  m('alt', 'phone', 'alternateMobile'),
  m('mail', 'email'),
  m('key', 'fido2'),
  m('oath', 'softwareOath'),
  m('pw', 'password'),
];
const all = () => true;

describe('the Rewst method-type choice', () => {
  it('maps the five crate types and "everything" onto reset scopes', () => {
    expect(scopeOfChoice({ kind: 'rewst', type: 'app' })).toEqual({ kind: 'authenticator' });
    expect(scopeOfChoice({ kind: 'rewst', type: 'mobile' })).toEqual({ kind: 'phone', phoneType: 'mobile' });
    expect(scopeOfChoice({ kind: 'rewst', type: 'office' })).toEqual({ kind: 'phone', phoneType: 'office' });
    expect(scopeOfChoice({ kind: 'rewst', type: 'alternateMobile' })).toEqual({ kind: 'phone', phoneType: 'alternateMobile' });
    expect(scopeOfChoice({ kind: 'rewst', type: 'email' })).toEqual({ kind: 'email' });
    expect(scopeOfChoice({ kind: 'all' })).toEqual({ kind: 'all' });
  });

  it('offers only the types the target has, every other type on its own, then everything', () => {
    expect(choicesFor(METHODS, all).map((o) => [o.value, o.count])).toEqual([
      ['app', 1],
      ['mobile', 1],
      ['alternateMobile', 1],
      ['email', 1],
      ['type:fido2', 1],
      ['type:softwareOath', 1],
      ['all', 6], // never the password
    ]);
  });

  it('selects exactly the methods of the chosen type', () => {
    expect(methodsForChoice(METHODS, { kind: 'rewst', type: 'mobile' }, all).map((x) => x.id)).toEqual(['mob']);
    expect(methodsForChoice(METHODS, { kind: 'type', methodKind: 'fido2' }, all).map((x) => x.id)).toEqual(['key']);
    expect(methodsForChoice(METHODS, { kind: 'all' }, (x) => x.kind !== 'fido2').map((x) => x.id)).toEqual(['app', 'mob', 'alt', 'mail', 'oath']);
  });

  it('parses card data back strictly: edited or unremovable values are refused', () => {
    expect(parseChoice('office')).toEqual({ kind: 'rewst', type: 'office' });
    expect(parseChoice('type:windowsHelloForBusiness')).toEqual({ kind: 'type', methodKind: 'windowsHelloForBusiness' });
    for (const bad of ['type:password', 'type:unknown', 'type:phone', 'type:toString', 'type:__proto__', 'everything', '', 42, null, {}]) {
      expect(parseChoice(bad)).toBeUndefined();
    }
  });
});
