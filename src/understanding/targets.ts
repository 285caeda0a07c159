/**
 * The people a message names (not the sender): e-mail addresses, Teams @mentions, and a
 * capitalised name after "for" / "für" / "pour" ... ("reset MFA for Kim Akers").
 */
import type { Tokens } from './text.js';
import type { TargetEntity } from './types.js';

/** A courtesy title between the preposition and the name ("dla pani Anny Kowalskiej", "für Frau Weber"). */
const TITLE_WORDS = [
  'pani',
  'pana',
  'pan',
  'herr',
  'herrn',
  'frau',
  'señor',
  'señora',
  'senor',
  'senora',
  'sr.',
  'sra.',
  'monsieur',
  'madame',
  'mme',
  'signor',
  'signora',
  'sig.',
  'sig.ra',
  'dhr.',
  'mevr.',
  'mevrouw',
  'meneer',
  'senhor',
  'senhora',
  'dona',
  'dott.',
  'dott.ssa',
  'dr.',
];
const TITLE = `(?:(?:${TITLE_WORDS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1).replace(/\./g, '\\.')}`).join('|')})\\s+)?`;
const NAME = String.raw`(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)`;
const FOR_NAME = new RegExp(String.raw`\b(?:for|f(?:ü|u)r|pour|para|per|voor|dla)\s+${TITLE}${NAME}`, 'gu');
/** "das MFA von Max Weber", "o MFA do Paulo Souza", "l'MFA a Giulia Romano": the MFA of a named person (not English). */
const MFA_OF_NAME = new RegExp(
  String.raw`\b(?:MFA|Mfa|mfa|2FA|2fa|[Aa]uthenticator)\s+(?:do|da|von|vom|de|di|del|della|van|du|a|al|alla|à)\s+${TITLE}${NAME}`,
  'gu',
);
/**
 * Round 14: a person introduced by name in the third person ("se llama Diego Romero", "si chiama
 * Giulia", "her name is Leila Haddad", "Ihr Name ist Anna Berg"); never the first person ("me
 * llamo", "my name is" name the sender). Not "heißt" / "heet": "das heißt", "mein Handy heißt …".
 */
const CALLED_NAME = new RegExp(
  String.raw`(?:\bse llama|\bsi chiama|\bs['’]appelle|\bnazywa si(?:ę|e)|\bchama-se|\bse chama|\b(?:[Hh]er|[Hh]is|[Tt]heir) (?:full )?name is|\b[Ss]u nombre es|\b[Ii]l suo nome (?:è|e)|\b[Ii]hr Name ist|\b(?:[Hh]aar|[Zz]ijn) naam is)\s+${TITLE}${NAME}`,
  'gu',
);
/** Capitalised words after "for" that are not people. */
const NOT_NAMES = new Set([
  'microsoft',
  'business',
  'hello',
  'windows',
  'teams',
  'azure',
  'outlook',
  'office',
  'mfa',
  'me',
  'my',
  'the',
  'all',
  'everything',
  'now',
  'today',
  'work',
  'authenticator',
  'entra',
  'google',
  'iphone',
  'android',
  'samsung',
  'pixel',
  'it',
  'security',
  'help',
  'some',
  'a',
  'an',
  'what',
  'this',
  'that',
  'mich',
  'mein',
  'meine',
  'mon',
  'ma',
  'mi',
  'mio',
  'mia',
  'mij',
  'mijn',
  'mnie',
  'moj',
  'moja',
  'meu',
  'minha',
]);

/** Phones and laptops people name ("mi móvil nuevo se llama Redmi Note"): not people. */
const DEVICE_NAMES = new Set([
  'galaxy',
  'redmi',
  'iphone',
  'pixel',
  'samsung',
  'xiaomi',
  'huawei',
  'nokia',
  'motorola',
  'moto',
  'oppo',
  'oneplus',
  'surface',
  'thinkpad',
  'honor',
  'realme',
  'poco',
  'fairphone',
  'sony',
  'xperia',
]);

export function findTargets(raw: string, t: Tokens, self: { readonly emails: ReadonlySet<string>; readonly name: string | undefined }): TargetEntity[] {
  const out: TargetEntity[] = [];
  for (const e of t.emails) if (!self.emails.has(e)) out.push({ kind: 'upn', value: e });
  const selfName = self.name?.trim().toLowerCase();
  for (const m of t.mentions) if (m !== '' && m.toLowerCase() !== selfName) out.push({ kind: 'mention', name: m });
  const bounded = raw.length > 4_000 ? raw.slice(0, 4_000) : raw;
  for (const m of [...bounded.matchAll(FOR_NAME), ...bounded.matchAll(MFA_OF_NAME), ...bounded.matchAll(CALLED_NAME)]) {
    const name = m[1] ?? '';
    const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
    if (NOT_NAMES.has(first) || DEVICE_NAMES.has(first) || name.toLowerCase() === selfName) continue;
    if (!out.some((x) => x.kind === 'name' && x.value === name)) out.push({ kind: 'name', value: name });
    if (out.length >= 5) break;
  }
  return out.slice(0, 5);
}
