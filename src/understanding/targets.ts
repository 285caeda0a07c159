/**
 * The people a message names (not the sender): e-mail addresses, Teams @mentions, and a
 * capitalised name after "for" / "für" / "pour" ... ("reset MFA for Kim Akers").
 */
import type { Tokens } from './text.js';
import type { TargetEntity } from './types.js';

const FOR_NAME = /\b(?:for|f(?:ü|u)r|pour|para|per|voor|dla)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/gu;
/** "das MFA von Max Weber", "o MFA do Paulo Souza": the MFA of a named person (not English). */
const MFA_OF_NAME = /\b(?:MFA|Mfa|mfa|2FA|2fa|[Aa]uthenticator)\s+(?:do|da|von|vom|de|di|del|della|van|du)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/gu;
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

export function findTargets(raw: string, t: Tokens, self: { readonly emails: ReadonlySet<string>; readonly name: string | undefined }): TargetEntity[] {
  const out: TargetEntity[] = [];
  for (const e of t.emails) if (!self.emails.has(e)) out.push({ kind: 'upn', value: e });
  const selfName = self.name?.trim().toLowerCase();
  for (const m of t.mentions) if (m !== '' && m.toLowerCase() !== selfName) out.push({ kind: 'mention', name: m });
  const bounded = raw.length > 4_000 ? raw.slice(0, 4_000) : raw;
  for (const m of [...bounded.matchAll(FOR_NAME), ...bounded.matchAll(MFA_OF_NAME)]) {
    const name = m[1] ?? '';
    const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
    if (NOT_NAMES.has(first) || name.toLowerCase() === selfName) continue;
    if (!out.some((x) => x.kind === 'name' && x.value === name)) out.push({ kind: 'name', value: name });
    if (out.length >= 5) break;
  }
  return out.slice(0, 5);
}
