import { describe, expect, it } from 'vitest';
import { readCommand } from '../../src/understanding/en/commands.js';
import { describeClasses, describeEnglishClasses } from './class-table.js';

/**
 * Round 20: the classes round 20's first run brought up (README "After fixing classes (twentieth
 * round; not a first run)"). Own paraphrases, never the corpus lines.
 */
describeEnglishClasses('round 20', {
  'a command names one method, never everything': [
    ['reset -authenticator', 'reset', 'authenticator'],
    ['/remove method:sms', 'reset', 'phone/mobile'],
    ['reset --method email', 'reset', 'email'],
    ['/mfa remove alt-mobile', 'reset', 'phone/alternateMobile'],
    ['reset --all', 'reset', 'all'],
    ['reset -thingamajig', 'clarify'],
    ['/mfa list', 'list'],
  ],
  'what follows a reset, asked': [['after a reset do i have to re-add the authenticator on my tablet too?', 'aboutMfa']],
  'a person it is not for': [
    ['Not for my boss today, this one is mine: please remove my security key', 'reset', 'securityKey'],
    ['This is about my own account, not the shared mailbox. Please reset my MFA', 'reset', 'all'],
    ['please reset the mfa of my manager', 'otherUser'],
  ],
  'a refusal beside "not mine" is a refusal': [["No, it was my husband's phone that died, not mine. Please don't touch my MFA.", 'negation']],
  'attacks told plainly': [
    ["There's a number on my MFA I don't know, it isn't mine or anyone's I know", 'security'],
    ['Got a sign-in alert from Manila, I have never been to the Philippines', 'security'],
  ],
  'keeping asked about is a question': [['Is it okay to keep the authenticator on a phone my kids use?', 'aboutMfa']],
  'a method keyword asked, and "should I reset X or wait"': [
    ['authenticator??', 'clarify'],
    ['should I reset my security key or wait until IT sends a new one', 'clarify'],
  ],
  'a general question about a method is never rescued into a prompt': [['could a passkey replace the sms codes?', 'aboutMfa']],
});

describeClasses('round 20, the seven other languages', [
  ["a department's or shared account", 'es-ES', 'Restableced el MFA de la cuenta compartida de recepción, la usamos cuatro', 'otherUser'],
  ["a department's or shared account", 'nl-NL', 'Kun je de MFA van het afdelingsaccount van inkoop resetten?', 'otherUser'],
  ["a department's or shared account", 'de-DE', 'Bitte das MFA vom Abteilungskonto der Buchhaltung zurücksetzen', 'otherUser'],
  ["a team member's", 'pl-PL', 'Zastępuję Marka, możesz zresetować jego MFA?', 'otherUser'],
  ["a team member's", 'pt-BR', 'Dá pra zerar o MFA da Júlia? Ela é da minha equipe e perdeu o celular', 'otherUser'],
  ['the reset as what a question is about', 'pt-BR', 'O reset apaga também o Windows Hello do notebook?', 'aboutMfa'],
  ['the reset as what a question is about', 'it-IT', 'Il reset cancella anche la chiave FIDO?', 'aboutMfa'],
  [
    'a phone reset by someone, a method later in the sentence',
    'nl-NL',
    'Sinds mijn zoon mijn telefoon heeft gereset krijg ik geen meldingen meer van de Authenticator',
    'clarify',
  ],
]);

describe('round 20: commands', () => {
  it('leaves a sentence with a dash alone', () => {
    expect(readCommand('please reset my mfa - new phone').applied).toBe(false);
    expect(readCommand('I lost my phone -please reset').applied).toBe(false);
  });
  it('reads only short messages', () => {
    expect(readCommand(`reset -authenticator ${'x'.repeat(80)}`).applied).toBe(false);
  });
});

describeClasses('round 20, attacks in the seven other languages', [
  ['a prompt while away from the computer', 'de-DE', 'Eben kam eine Anfrage im Authenticator, obwohl ich gar nicht am PC sitze', 'security'],
  ['an SMS supposedly from IT with a link', 'fr-FR', "Un SMS soi-disant du support me demande de valider mon MFA via un lien, c'est normal ?", 'security'],
  ['a number nobody added', 'nl-NL', 'Er staat een nummer bij mijn methodes dat ik niet ken, dat heb ik nooit toegevoegd', 'security'],
]);

/** Regressions an adversarial review of this round's rules found before they landed (own probes, pinned). */
describeEnglishClasses('round 20, adversarial review', {
  'a person after a command flag is still the target': [
    ['reset -authenticator for bob', 'otherUser'],
    ['reset --method phone --user alice', 'otherUser'],
    ['/remove method:email user:bob', 'otherUser'],
    ['/mfa reset -authenticator --for bob', 'otherUser'],
  ],
  'a flag the reading cannot place asks, never a card': [
    ['reset --skip authenticator', 'clarify'],
    ['reset --phone=no', 'clarify'],
    ['reset --except sms', 'clarify'],
  ],
  'a dash before a retraction is punctuation': [['reset mfa -just kidding', 'negation']],
  '"why not for …", "… as well" invite the other person': [
    ['why not for my manager? reset the authenticator', 'otherUser'],
    ['reset mfa for me. why not for my boss as well?', 'otherUser'],
    ['reset the mfa, why not the shared mailbox as well', 'otherUser'],
  ],
  'an attack asked about stays an attack': [
    ['phishing sms?', 'security'],
    ["should I reset my MFA or report it? someone signed in from Russia that wasn't me", 'security'],
    ["There's a phone number on my account that isn't mine. Don't remove it yet, I want to investigate", 'security'],
  ],
  'a reset asked again after a reset is a request': [['after the reset yesterday the authenticator still fails, reset it again?', 'reset', 'authenticator']],
  'a sign-in alert after signing in oneself is not an attack': [['Got a sign-in alert from Outlook after I logged in myself', 'unknown']],
});

describeClasses('round 20, adversarial review, the seven other languages', [
  ['a method before the verb, a device between', 'de-DE', 'Kannst du bitte die Authenticator-App auf meinem Handy zurücksetzen?', 'reset', 'authenticator'],
  ["the sender's own reset asked with an article", 'pt-BR', 'O reset do meu autenticador pode ser feito agora?', 'reset', 'authenticator'],
  ["the sender's own office account", 'it-IT', "Resetta la MFA del mio account dell'ufficio per favore", 'reset', 'all'],
  ["someone's account that is fine", 'pl-PL', 'Zresetuj mi MFA, jego konto jest ok', 'reset', 'all'],
]);
