import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { type EnglishCase, describeEnglishClasses } from './class-table.js';

/**
 * Classes the first run of round 5's English sets found (README "After fixing classes (fifth
 * round; not a first run)"). Own paraphrases, never the corpus lines; each class has cases on both
 * sides of the line it draws.
 */
type Case = EnglishCase;
const CLASSES: Readonly<Record<string, readonly Case[]>> = {
  // a personal, non-work account's own two-factor is not ours to reset: no card, no prompt
  'personal account': [
    ['can you turn off two-factor on my personal gmail, I lost the recovery codes', 'unknown'],
    ['facebook keeps asking for a code I never get, can you reset its two-factor?', 'unknown'],
    ['my xbox authenticator stopped after I changed phones, reset it please', 'unknown'],
    ['please reset MFA on my private Microsoft account, the outlook.com one from school', 'unknown'],
    ['my paypal 2fa is stuck on my old number, can you clear it', 'unknown'],
    // …but a Gmail address as the e-mail method, or Google Authenticator, is the work account's method
    ['please remove the email method, it points at my old gmail', 'reset', 'email'],
    ['get rid of the google authenticator entry on my account', 'reset', 'other[softwareOath]'],
    ['reset the MFA on my work account and my personal gmail is fine', 'reset', 'all'],
  ],
  // "what can you do?": the bot's own help, whatever reset it names as an example
  capability: [
    ['what can this bot actually do? is it only resets or also questions', 'help'],
    ['so what could you do, can u reset things or not', 'help'],
    ['What exactly can you handle? passkeys or just the Authenticator app?', 'help'],
    // …but a request beside it is still a request
    ['hey, what can you do? I need my 2FA reset, lost my phone', 'reset', 'all'],
  ],
  // what the reset removed, wanted back: undo
  'restore what the reset removed': [
    ["last night's reset deleted my security key too, I never wanted that. could you restore it?", 'undo'],
    ['the MFA reset earlier wiped my office phone as well, please bring it back', 'undo'],
    // …restoring a phone from a backup is not an undo
    ['I restored my phone from a backup and the authenticator lost the work account, please reset it', 'reset'],
  ],
  // a joke that names a reset
  jokes: [
    ['reset my 2fa? haha I would rather reset my whole life. where is the canteen', 'unknown'],
    ['lol could you wipe my brain instead of my MFA', 'unknown'],
  ],
  // a method the sender never added, a sign-in from where they are not: security
  'not mine': [
    ["there's a security key on my account I've never seen, no idea who added it", 'security'],
    ["my security info lists a mobile number ending 0192 and I don't know who put it there", 'security'],
    ["the authenticator showed a login from Madrid but I'm in Leeds, that wasn't me", 'security'],
    // …an old number that is no longer the sender's is an ordinary removal
    ['please delete my old mobile number from my MFA, it is not mine any more', 'reset', 'phone/mobile'],
  ],
  // a security word denied or used as a property of a method is no attack
  'no attack': [
    ['nothing suspicious going on, I just got a new phone. please clear my authenticator so I can add it again', 'reset', 'authenticator'],
    ['please remove the SMS method, it is phishable and I use a FIDO2 key now', 'reset', 'phone/mobile'],
    // …a real report stays security
    ['I got a suspicious email asking me to confirm my MFA at a link', 'security'],
  ],
  // another person as the target (a team lead's staff), a thing's possessive as no person
  targets: [
    ['As shift supervisor I need the MFA of all my pickers reset, new scanners arrived', 'otherUser'],
    ["please remove the old laptop's authenticator registration, I have a new one", 'reset'],
  ],
  // a request phrased as an imperative or a statement beside "don't want it", ongoing trouble
  statements: [
    ["Delete my temporary access pass, I'm done with onboarding and don't want it around", 'clarify'],
    ['Not receiving any text codes anymore since I moved my number to another carrier last month.', 'clarify'],
    ['the authenticator has three contoso accounts and neither one works', 'clarify'],
    ['Two-factor is a complete mess on my account after the migration. Help!', 'clarify'],
    // …a general request for help is still help
    ['I need help with my MFA', 'help'],
  ],
  // a retraction of the reset
  retract: [['scratch the whole MFA reset, the code just arrived', 'negation']],
};

describeEnglishClasses('round 5', CLASSES);

describe('round 5 fixes never move a negation or someone else toward a card', () => {
  it.each([
    ["don't reset the MFA on my personal gmail or my work account", 'negation'],
    ["my brother's instagram two-factor is broken, can you reset it", 'otherUser'],
    ['what can you do for my colleague? she lost her phone', 'otherUser'],
  ] as const)('%s → %s', (text, intent) => {
    const got = understand(text, { locale: 'en-US' }).intent.type;
    expect(got).not.toBe('reset');
    if (intent === 'otherUser') expect(got).toBe(intent);
  });
});
