import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { type EnglishCase, describeEnglishClasses } from './class-table.js';

/**
 * Classes the first run of round 6's English sets found (README "After fixing classes (sixth
 * round; not a first run)"). Own paraphrases, never the corpus lines; each class has cases on both
 * sides of the line it draws.
 */
type Case = EnglishCase;
const CLASSES: Readonly<Record<string, readonly Case[]>> = {
  // a personal account's 2-step verification, said without "2FA on my Gmail"
  'personal account, other words': [
    ['my private hotmail wants two-step verification every time I open it, could you reset that', 'unknown'],
    ['Instagram keeps asking me for a verification code on the new phone, can you fix it', 'unknown'],
    ['the personal gmail on my phone asks for 2-step every day, please clear it', 'unknown'],
    // …a Gmail address as the e-mail method is still the work account's method
    ['please remove the email address from my MFA, it is my old personal gmail', 'reset', 'email'],
    ['please reset my MFA, the new phone has google authenticator on it', 'reset', 'all'],
  ],
  // the sender asked for a removal, and now wants it back
  'restore after a requested removal': [
    ['this morning I had you delete my security key but I found it in my bag, can you put it back?', 'undo'],
    ['you removed my office phone yesterday, please restore it, I still use it', 'undo'],
    ['the removal was a mistake, please undo it', 'undo'],
    // …restoring a phone from a backup is still not an undo
    ['I restored my phone from a backup and the authenticator lost the work account, please reset it', 'reset'],
  ],
  // the password, said to be the point and MFA said not to be
  'password, not MFA': [
    ['I want a password reset, not the MFA', 'password'],
    ['password reset please, not 2fa', 'password'],
    // …MFA asked for, the password named as not the point, is still a reset
    ['reset my MFA please, not my password', 'reset', 'all'],
  ],
  // an imperative on a thing the rules do not know as a method
  'imperative on a thing': [
    ['pls clear the dongle i lost', 'clarify'],
    ['can you remove the key i lost on the bus', 'clarify'],
    ['please wipe all MFA-related stuff on my account', 'reset', 'all'],
    ['clear everything 2fa related please', 'reset', 'all'],
    // …a thing with no tie to MFA is not a request about it
    ['please reset my bitlocker recovery key', 'unknown'],
    ['wipe my old laptop please, it is going back', 'unknown'],
    ["please don't delete the tablet from my MFA", 'negation'],
  ],
  // an occasion or a place is no person
  'occasions and places': [
    ['off to Lisbon for a symposium tomorrow, please reset my authenticator', 'reset', 'authenticator'],
    ["I moved to St Anne's clinic and my MFA keeps calling the old desk phone, please reset it", 'reset'],
    // …a person after "for the" still is someone else
    ['please reset the MFA for the new intern', 'otherUser'],
    ["please reset Maria's authenticator", 'otherUser'],
  ],
  // trouble said in other words: the prompt never comes, the sender cannot sign in
  trouble: [
    ['my phone never buzzes for the approval any more, been like that since Monday', 'clarify'],
    ['my phone fell in the sea on holiday. I cannot log in to anything now.', 'clarify'],
    // …a general question states no trouble
    ['is SMS less secure than the app?', 'aboutMfa'],
  ],
};

describeEnglishClasses('round 6', CLASSES);

describe('round 6: short English from another Teams locale', () => {
  it.each([
    ['de-DE', 'abort'],
    ['it-IT', 'show my methods'],
    ['es-ES', 'codes keep failing'],
  ] as const)('%s: %s is English', (locale, text) => {
    expect(understand(text, { locale }).language).toBe('en');
  });
  it.each([
    ['de-DE', 'MFA zurücksetzen bitte', 'de'],
    ['fr-FR', 'merci', 'fr'],
    // shared loanwords only: the locale stands
    ['de-DE', 'reset authenticator', 'de'],
    ['nl-NL', 'mfa resetten', 'nl'],
  ] as const)('%s: %s stays %s', (locale, text, lang) => {
    expect(understand(text, { locale }).language).toBe(lang);
  });
});

describe('round 6 fixes never move a negation or someone else toward a card', () => {
  it.each([
    ["don't wipe everything MFA-related, just the old phone number", 'negation'],
    ['please remove the tablet from her MFA', 'otherUser'],
    ["my sister's gmail keeps asking for 2-step, reset it", 'otherUser'],
  ] as const)('%s → %s', (text, intent) => {
    const got = understand(text, { locale: 'en-US' }).intent.type;
    expect(got).not.toBe('reset');
    if (intent === 'otherUser') expect(got).toBe(intent);
  });
});
