import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import type { Intent, ResetScope } from '../../src/understanding/types.js';

/** Own paraphrases of the English classes the round-4 first run found (never the held-out lines). */
const read = (text: string): Intent => understand(text, { locale: 'en-US' }).intent;
const type = (text: string): Intent['type'] => read(text).type;
const scope = (text: string): ResetScope | undefined => {
  const i = read(text);
  return i.type === 'reset' || i.type === 'clarify' ? i.scope : undefined;
};
const rule = (text: string): string => understand(text, { locale: 'en-US' }).explain;
const each = (lines: readonly string[], f: (l: string) => unknown, want: unknown): void => {
  for (const l of lines) expect([l, f(l)]).toEqual([l, want]);
};

describe('the own-MFA fallback (fourth round): trouble with the sender’s own MFA gets the ask prompt', () => {
  it('asks when a message states trouble with a method, a sign-in prompt or the sender’s phone', () => {
    each(
      [
        'the approval prompt comes up, I tap approve and then it just hangs there',
        'my security key is not recognised by the laptop any more',
        'since the update my authenticator keeps freezing on the work account',
        'when I log in it says I have to do something with an app, what should I do?',
        'dropped my phone in the bath, what do I need to do about the MFA thing',
        'could you help me with my sign-in methods? something has been off since the holidays',
        'the yubikey is not accepted anymore at sign-in. do I need it reset?',
      ],
      type,
      'clarify',
    );
    expect(rule('the approval prompt comes up, I tap approve and then it just hangs there')).toContain('own-mfa-fallback');
  });

  it('never gives a card from the fallback, and leaves general questions, planning and other things alone', () => {
    each(
      [
        'what is MFA?',
        'why do we need two-factor at all',
        'is the authenticator app safer than text messages?',
        'can I use a passkey instead of the app?',
        'how often will the prompt ask me to approve?',
        'is it normal that the authenticator asks me every morning?',
      ],
      type,
      'aboutMfa',
    );
    // a phone that is not the sender's, a phone that is coming, a hypothetical: no prompt
    for (const text of ['the phone in the kitchen is broken', 'I need a new phone', 'my new phone is coming on Friday, what should I do before then?'])
      expect(['unknown', 'aboutMfa', 'help'], text).toContain(type(text));
    expect(type('if I change my phone next month do I need to do anything with the authenticator')).toBe('aboutMfa');
  });
});

describe('classes fixed after the fourth blind round (English, own paraphrases)', () => {
  it('reads an attack told as a story as security, never a reset card', () => {
    each(
      [
        'my phone got about fifteen approval requests in a row during lunch, I kept pressing deny',
        'an approve prompt showed up and I was not logging into anything at all',
        "the app shows a sign-in request from somewhere abroad. I didn't try to sign in",
        'a man rang saying he was from Microsoft and wanted me to install TeamViewer',
        'got a mail: your account will be suspended unless you scan the attached code',
        'I think my account got hijacked, there are logins I never made in my history',
        'loads of approve requests in a row tonight, kept hitting deny. reset everything if you have to',
      ],
      type,
      'security',
    );
    // a flooded flat is no prompt flood
    expect(type('my flat flooded and the phone drowned, please reset my MFA, I will use a spare phone')).toBe('reset');
  });

  it('answers a question about a security idea as a question', () => {
    each(['how does number matching stop MFA fatigue?', 'is a passkey phishing-resistant, or only a FIDO2 key?'], type, 'aboutMfa');
    // but a message the sender holds stays a report
    expect(type('is this email real? it says my MFA expires today and I should click the link')).toBe('security');
  });

  it('reads "restore the old methods" after a reset as undo, and a look first as the list', () => {
    each(['I reset my MFA by mistake earlier, can you restore the old methods?', 'reset went through but can I get my old app setup back?'], type, 'undo');
    each(
      [
        'before I ask you to reset anything, can you show me what is on my account?',
        'can you dump my registered methods? I want to see if the old tablet is still there',
        'my team lead asked me to double-check my MFA, can I see a list of what is registered?',
      ],
      type,
      'list',
    );
  });

  it('knows the power-user removal verbs and the secondary mobile', () => {
    expect(read('kill the authenticator entry only, keep the security key')).toEqual({ type: 'reset', scope: { kind: 'authenticator' } });
    expect(type('blow away my security info, I will register everything again')).toBe('reset');
    expect(scope('please remove the secondary mobile number from my account')).toEqual({ kind: 'phone', phoneType: 'alternateMobile' });
  });

  it('does not take a thing’s possessive for another person, and keeps the request’s own scope beside a story', () => {
    expect(type("my account's MFA broke in the migration, reset all of it please")).toBe('reset');
    expect(read("Can you take the office number off my account? The landlord's line at my old flat was cut")).toEqual({
      type: 'reset',
      scope: { kind: 'phone', phoneType: 'office' },
    });
  });

  it('asks instead of refusing or explaining when the request is plain but the story has a refusal or a past', () => {
    // round 14: not wanting the method any more is the reason for the request, which names it: a card
    expect(type("Can you unregister the email method? That's my private address and I don't want it tied to my job.")).toBe('reset');
    expect(type("Can you remove my mobile number from MFA? It's an old work SIM, ported already.")).toBe('clarify');
    // a real retraction stays one
    expect(type('please cancel my MFA reset request')).toBe('negation');
  });

  it('asks when the sender doubts what they need, unless they ask in so many words', () => {
    each(['maybe my MFA needs a reset? not sure', "my manager says to sort out my MFA, I don't really know what that means"], type, 'clarify');
    expect(type('not sure this is the right place, but can you reset my MFA? new phone')).toBe('reset');
  });

  it('reads a past event or a general question with another person in it as a question, not someone else’s reset', () => {
    each(
      [
        'my colleague had her MFA reset by the bot last month. how long does registering again take?',
        'what actually happens if I reset my MFA? my friend said she lost her chats',
        'If my phone breaks at the weekend, can I reset my MFA myself or does a supervisor need to approve it?',
      ],
      type,
      'aboutMfa',
    );
    // asking how to get someone else's MFA sorted is still about them
    expect(type('A colleague of mine got a new phone. How do I get her MFA sorted?')).toBe('otherUser');
  });
});
