import { type EnglishCase, describeEnglishClasses } from './class-table.js';

/**
 * Classes the first run of round 7's English sets found (README "After fixing classes (seventh
 * round; not a first run)"). Own paraphrases, never the corpus lines; each class has cases on both
 * sides of the line it draws.
 */
type Case = EnglishCase;
const CLASSES: Readonly<Record<string, readonly Case[]>> = {
  // a whole group is someone else, even with the sender in it
  'a group as the target': [
    ['please reset the MFA for all 6 of our drivers, they have new phones', 'otherUser'],
    ['can you clear MFA for the entire late shift?', 'otherUser'],
    ['wipe the authenticator for everyone on my team please', 'otherUser'],
    // …the sender's own methods, all of them, are still the sender's
    ['please reset all of my methods', 'reset', 'all'],
    ['reset the MFA for all my devices please', 'reset', 'all'],
  ],
  // a hypothetical said in so many words asks for nothing now
  hypothetical: [
    ['hypothetically, if my phone got stolen abroad, could I reset my MFA myself?', 'aboutMfa'],
    ['just curious: if I reset my authenticator, do I lose my Teams chats?', 'aboutMfa'],
    // …a request with "please" is a request, whatever story comes first
    ['just wondering why it happened, but please reset my MFA now, my phone is gone', 'reset', 'all'],
  ],
  // a thank-you for a problem that is solved
  'solved, thanks': [
    ['thanks so much, all set up again on my new phone', 'thanks'],
    ['brilliant, everything is working again, appreciate it', 'thanks'],
    // …thanks, and a further request, is the request
    ['thanks! the new phone works now but please also remove the old number', 'reset', 'phone'],
  ],
  // "not here to reset anything", and the lexicon engine's negated reset verb
  'not here to reset': [
    ["hello there, I'm not here to reset anything, just trying the bot", 'negation'],
    ['not here to reset my MFA today, only saying hi', 'negation'],
    // …a request next to a refusal of something else still asks
    ['please reset my authenticator, not here to change my password', 'reset', 'authenticator'],
  ],
  // a bank's or a game's two-factor is a personal account's
  'personal account: banks and games': [
    ['my banking app wants me to register this phone for two-factor again, how?', 'unknown'],
    ['Roblox keeps sending me login codes, can you turn that off', 'unknown'],
    // …the work account's MFA beside a bank story is ours
    ['I lost my phone at the bank, please reset my MFA', 'reset', 'all'],
  ],
  // a method on the account that is not the sender's: an attack, never a reset
  'a method that is not mine': [
    ['there is a mobile number in my sign-in methods that is not mine, please remove it', 'security'],
    ["I checked my security info and there's a key which isn't mine on there", 'security'],
    // …a number that used to be theirs is an ordinary request
    ['please remove the old number from my MFA, it is not mine anymore', 'reset', 'phone'],
  ],
  // a message received with a link about MFA: phishing
  'a received link': [
    ['I got an SMS saying my Microsoft MFA expires tonight, verify at hxxps://mfa-check.info - should I?', 'security'],
    ['got an email saying "confirm your 2FA here: www.m365-secure-login.net", is that real', 'security'],
    // …a link in the bot's own setup mail that fails is trouble, not an attack
    ['the link in the setup email does not work, can you reset my MFA', 'reset', 'all'],
  ],
  // approvals "I didn't do": MFA fatigue
  'prompts I did not start': [
    ['my authenticator shows approve requests that I didn’t make, three in a row', 'security'],
    ['getting sign-in notifications I didnt start all evening', 'security'],
  ],
  // the password failed, not MFA
  'the password failed': [
    ['the MFA approval comes through fine but then it says incorrect password', 'password'],
    ['my password expired, reset please', 'password'],
    // …with MFA trouble as well, ask
    ['my password expired and the authenticator is empty on my new phone, reset please', 'clarify'],
    // …MFA asked for in so many words is a reset
    ['I forgot my password and lost my phone, please reset my MFA', 'reset', 'all'],
  ],
  // words that looked like people
  'not a person': [
    ['my passkey disappeared after I changed password manager, what now?', 'clarify'],
    ['hi, new joiner here. I think I set up my MFA wrong during onboarding, it keeps failing', 'clarify'],
    ['everyone says only do this if you must, but I must: new phone, please clear my MFA', 'reset', 'all'],
    ['I registered MFA with my husband’s phone by mistake, please reset it so I can use my own', 'reset', 'all'],
    // …a new starter, a password manager's owner, a partner as the target still is someone else
    ['please reset MFA for the new starter in my team', 'otherUser'],
    ["reset my wife's MFA", 'otherUser'],
  ],
  // what people call the Authenticator when they do not know its name
  'the Authenticator by another name': [
    ['the app with the codes is gone on my new phone, please reset it', 'reset'],
    ['can you remove the approve app from my account, new phone', 'reset'],
  ],
};

describeEnglishClasses('round 7', CLASSES);
