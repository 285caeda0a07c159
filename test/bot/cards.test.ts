import { describe, expect, it } from 'vitest';
import { renderClosedCard, renderConfirmCard, renderMethodsList } from '../../src/bot/cards.js';
import { describeMethod } from '../../src/bot/describe.js';
import type { AuthMethod } from '../../src/reset/types.js';
import { cardText, type AdaptiveCard } from '../helpers/cards.js';

const evil: AuthMethod = {
  id: 'a1',
  kind: 'microsoftAuthenticator',
  odataType: '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
  displayName: '[Click to verify](https://evil.example) **urgent**',
};
const evilTemplate: AuthMethod = {
  id: 'f1',
  kind: 'fido2',
  odataType: '#microsoft.graph.fido2AuthenticationMethod',
  displayName: '${$root.token} ${string(1+1)} <b>x</b>',
};
const phone: AuthMethod = { id: 'p1', kind: 'phone', odataType: '', phoneType: 'mobile', phoneNumber: '+1 2065555555' };
const email: AuthMethod = { id: 'e1', kind: 'email', odataType: '', emailAddress: 'jordan.avery@contoso.com' };

function confirm(methods: AuthMethod[], resetAll = '') {
  return renderConfirmCard({
    demoNotice: '',
    title: 'Reset your MFA?',
    intro: 'intro',
    methods: methods.map(describeMethod),
    warning: 'This cannot be undone.',
    consequence: 'consequence',
    question: 'Do you want to go ahead?',
    expires: 'This request expires in 5 minutes.',
    yes: 'Yes',
    no: 'No',
    resetAll,
    token: 'TOKEN-VALUE',
  }) as AdaptiveCard;
}

/** Structural checks of the Adaptive Card schema subset we use (v1.5, Teams). */
function assertValidCard(card: AdaptiveCard) {
  expect(card.type).toBe('AdaptiveCard');
  expect(card.version).toBe('1.5');
  expect(Array.isArray(card.body)).toBe(true);
  const json = JSON.stringify(card);
  // Fully expanded: no template keywords or placeholders of our own templates remain.
  expect(json).not.toMatch(/\$when|\$data|\$\{(title|intro|type|detail|consequence|ttlMinutes|token|summary|reference|footer|demo|methods|facts|color)\}/);
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o.type === 'TextBlock') expect(typeof o.text).toBe('string');
    if (o.type === 'FactSet') {
      for (const f of o.facts as { title: unknown; value: unknown }[]) {
        expect(typeof f.title).toBe('string');
        expect(typeof f.value).toBe('string');
      }
    }
    Object.values(o).forEach(walk);
  };
  walk(card.body);
  for (const a of card.actions ?? []) {
    expect(a.type).toBe('Action.Submit');
    expect(typeof a.title).toBe('string');
  }
}

describe('Adaptive Cards', () => {
  it('renders the confirmation card as a valid v1.5 card with Yes and No submitting the token', () => {
    const card = confirm([phone, email]);
    assertValidCard(card);
    expect(card.actions?.map((a) => [a.title, a.data])).toEqual([
      ['Yes', { action: 'confirmReset', token: 'TOKEN-VALUE', lost: '' }],
      ['No', { action: 'cancelReset', token: 'TOKEN-VALUE' }],
    ]);
    const text = cardText(card);
    expect(text).toContain('Mobile phone: +1 ••• ••• 5555');
    expect(text).toContain('Email: j•••@contoso.com');
    expect(text).not.toContain('2065555555');
    expect(text).not.toContain('jordan.avery');
  });

  it('adds "Reset everything instead" to a scoped card, without a token', () => {
    const card = confirm([phone], 'Reset everything instead');
    assertValidCard(card);
    expect(card.actions?.map((a) => [a.title, a.data])).toEqual([
      ['Yes', { action: 'confirmReset', token: 'TOKEN-VALUE', lost: '' }],
      ['No', { action: 'cancelReset', token: 'TOKEN-VALUE' }],
      ['Reset everything instead', { action: 'resetAll' }],
    ]);
  });

  it('does not evaluate template expressions that come from Graph data', () => {
    const card = confirm([evilTemplate]);
    const text = cardText(card);
    expect(text).toContain('${$root.token}');
    expect(text).toContain('${string\\(1+1\\)}');
    expect(text).not.toContain('TOKEN-VALUE');
    expect(text).not.toMatch(/\b2\b/);
  });

  it('escapes markdown so a device name cannot become a link or emphasis', () => {
    const text = cardText(confirm([evil, evilTemplate]));
    expect(text).not.toContain('[Click to verify](https://evil.example)');
    expect(text).toContain('\\[Click to verify\\]\\(https\\[:\\]//evil\\[.\\]example\\)');
    expect(text).toContain('\\*\\*urgent\\*\\*');
    expect(text).toContain('\\<b\\>');
  });

  it('shows the demo notice only in demo mode', () => {
    const demo = renderMethodsList({ demoNotice: 'Demo mode: simulated', title: 't', methods: [describeMethod(phone)], footer: 'f' }) as AdaptiveCard;
    const real = renderMethodsList({ demoNotice: '', title: 't', methods: [describeMethod(phone)], footer: 'f' }) as AdaptiveCard;
    assertValidCard(demo);
    assertValidCard(real);
    expect(cardText(demo)).toMatch(/Demo mode/);
    expect(cardText(real)).not.toMatch(/Demo mode/);
  });

  it('renders the closed card without buttons, with or without facts', () => {
    for (const facts of [[], [{ title: 'Removed', value: 'email j•••@contoso.com' }]]) {
      const card = renderClosedCard({ demoNotice: '', title: 'Done', tone: 'good', summary: 's', facts, reference: 'Reference: ref-1' }) as AdaptiveCard;
      assertValidCard(card);
      expect(card.actions ?? []).toEqual([]);
      expect(cardText(card)).toContain('Reference: ref-1');
    }
  });
});
