import type { MethodKind, PhoneType } from '../reset/catalogue.js';
import type { AuthMethod } from '../reset/types.js';
import { maskEmail, maskPhone } from '../mask.js';
import { t, type Locale } from './copy/index.js';
import { escapeMarkdown } from './markdown.js';

export interface MethodView {
  /** "Microsoft Authenticator", "Mobile phone": a card row's title, in the user's language. */
  readonly type: string;
  /** Safe detail: device name (escaped) or masked number/address; may be empty. */
  readonly detail: string;
  /** "Microsoft Authenticator (iPhone 15)", "mobile phone +1 ••• ••• 5555": markdown-safe, for sentences. */
  readonly label: string;
}

/** The copy key stem of a method's name: phones by type, the rest by kind (every one is in en.ts). */
type NameKey = Exclude<MethodKind, 'phone'> | 'phone' | `phone.${PhoneType}`;

function nameKey(kind: MethodKind, phoneType: PhoneType | undefined): NameKey {
  // Checked, not trusted: a phone type this code does not know (a future Graph value) is a "phone".
  if (kind !== 'phone') return kind;
  return phoneType === 'mobile' || phoneType === 'alternateMobile' || phoneType === 'office' ? `phone.${phoneType}` : 'phone';
}

/** A method type's card-row title ("Mobiltelefon"); English when no locale is given. */
export function methodTitle(kind: MethodKind, phoneType?: PhoneType, locale?: Locale): string {
  return t(locale, `method.${nameKey(kind, phoneType)}.title`);
}

/** A method type's in-sentence word ("téléphone mobile"); English when no locale is given. */
export function methodWord(kind: MethodKind, phoneType?: PhoneType, locale?: Locale): string {
  return t(locale, `method.${nameKey(kind, phoneType)}.word`);
}

/**
 * How the user sees one method. Without a locale it is English, as the callers that predate the
 * translations (and the tests pinning their wording) expect. A number is an array index from a
 * point-free `.map(describeMethod)` (several flows and branches call it so): English too, so they
 * keep compiling while they move to passing `turn.locale`.
 */
export function describeMethod(m: AuthMethod, localeOrIndex?: Locale | number): MethodView {
  const locale = typeof localeOrIndex === 'string' ? localeOrIndex : undefined;
  const type = methodTitle(m.kind, m.phoneType, locale);
  const word = methodWord(m.kind, m.phoneType, locale);
  switch (m.kind) {
    case 'phone': {
      const detail = m.phoneNumber ? maskPhone(m.phoneNumber) : '';
      return view(type, detail, detail ? `${word} ${detail}` : word);
    }
    case 'email': {
      const detail = m.emailAddress ? escapeMarkdown(maskEmail(m.emailAddress)) : '';
      return view(type, detail, detail ? `${word} ${detail}` : word);
    }
    default: {
      const detail = m.displayName ? escapeMarkdown(m.displayName, 60) : '';
      return view(type, detail, detail ? `${word} (${detail})` : word);
    }
  }
}

function view(type: string, detail: string, label: string): MethodView {
  return { type, detail, label };
}
