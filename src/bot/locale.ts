import { DEFAULT_HELPDESK, DEFAULT_PRIVILEGED_SUPPORT, DEFAULT_SECURITY_CONTACT } from '../config.js';
import { LOCALES, type Locale, type Understanding } from '../understanding/types.js';
import { t } from './copy/index.js';

/**
 * A Teams / Emulator locale tag ("de-DE", "pt-BR", "nl") → one of our languages, or undefined.
 * The tag is sender-controlled: anything odd is simply "not one of ours".
 */
export function localeOfTag(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.slice(0, 35).trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((l) => l === primary);
}

/**
 * The language of the reply: the message's own language when the understanding is sure of it
 * (a French message from a German Teams client gets French), else the Teams locale, else English.
 * A language we do not support gets English, which the understanding's answer then says.
 */
export function replyLocale(activityLocale: unknown, understanding?: Pick<Understanding, 'language' | 'unsupportedLanguage'>): Locale {
  if (understanding?.unsupportedLanguage) return 'en';
  return understanding?.language ?? localeOfTag(activityLocale) ?? 'en';
}

/**
 * The copy parameters for one language: the contacts config.ts falls back to are English words
 * ("your IT service desk"), so they are said in the reply's language; a configured contact
 * (an address, a team's name) is the operator's and stays as written.
 */
export function textsIn(locale: Locale, texts: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  if (locale === 'en') return texts;
  return {
    ...texts,
    ...(texts['helpdesk'] === DEFAULT_HELPDESK ? { helpdesk: t(locale, 'contact.helpdesk') } : {}),
    ...(texts['securityContact'] === DEFAULT_SECURITY_CONTACT ? { securityContact: t(locale, 'contact.security') } : {}),
    ...(texts['privilegedSupport'] === DEFAULT_PRIVILEGED_SUPPORT ? { privilegedSupport: t(locale, 'contact.privileged') } : {}),
  };
}
