/**
 * The table runner the "after round N" tests of the seven other languages share: each case is an
 * own paraphrase of a class the round's first run found, read with its writer's Teams locale and
 * again from an en-US client; both must give the intent (and the scope, where one is given) in the
 * case's own language.
 */
import { describe, expect, it } from 'vitest';
import { describeScope } from '../../bench/intent-metrics.js';
import { understand } from '../../src/understanding/index.js';
import type { Intent, ResetScope } from '../../src/understanding/types.js';

export type ClassCase = readonly [cls: string, locale: string, text: string, intent: Intent['type'], scope?: string];

/** "phone/mobile", "authenticator", "all" …: a scope as the tables write it. */
export const scopeName = (s: ResetScope | undefined): string | undefined =>
  s === undefined ? undefined : s.kind === 'phone' ? (s.phoneType === undefined ? 'phone' : `phone/${s.phoneType}`) : s.kind;

/** One test per class, every language of that class inside it. */
export function describeClasses(title: string, cases: readonly ClassCase[], more?: () => void): void {
  describe(title, () => {
    for (const cls of [...new Set(cases.map((c) => c[0]))]) {
      it(`class ${cls}: every language`, () => {
        for (const [, locale, text, want, scope] of cases.filter((c) => c[0] === cls)) {
          for (const client of [locale, 'en-US']) {
            const u = understand(text, { locale: client });
            const got = {
              intent: u.intent.type,
              language: u.language,
              ...(scope === undefined ? {} : { scope: scopeName('scope' in u.intent ? u.intent.scope : undefined) }),
            };
            expect([text, client, got]).toEqual([text, client, { intent: want, language: locale.slice(0, 2), ...(scope === undefined ? {} : { scope }) }]);
          }
        }
      });
    }
    more?.();
  });
}

/** An English case of the "after round N" tests: the message, the intent, and the scope where one is given. */
export type EnglishCase = readonly [text: string, intent: Intent['type'], scope?: string];

/** One block per class, one test per message, read from an en-GB client. */
export function describeEnglishClasses(round: string, classes: Readonly<Record<string, readonly EnglishCase[]>>): void {
  describe.each(Object.entries(classes))(`${round}, class %s`, (_cls, cases) => {
    it.each(cases.map((c) => [c[0], c[1], c[2]] as const))('%s → %s', (text: string, intent: Intent['type'], scope: string | undefined) => {
      const u = understand(text, { locale: 'en-GB' });
      expect(u.intent.type, u.explain).toBe(intent);
      if (scope !== undefined) expect(describeScope(u.intent.type === 'reset' || u.intent.type === 'clarify' ? u.intent.scope : undefined)).toBe(scope);
    });
  });
}

/** Messages in languages the bot does not support, each read with its Teams locale: answered as unsupported, never a card. */
export function describeUnsupported(title: string, cases: readonly (readonly [locale: string, text: string])[]): void {
  describe(title, () => {
    it.each(cases)('%s: %s', (locale, text) => {
      const u = understand(text, { locale });
      expect(u.unsupportedLanguage, u.explain).toBe(true);
      expect(u.intent.type).not.toBe('reset');
    });
  });
}
