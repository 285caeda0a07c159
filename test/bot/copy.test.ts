import { describe, expect, it } from 'vitest';
import { duration, joinList, t } from '../../src/bot/copy/index.js';
import { en } from '../../src/bot/copy/en.js';

describe('the copy module', () => {
  it('fills placeholders and leaves an unknown one visible rather than throwing', () => {
    expect(t('en', 'otherUser', { helpdesk: 'the desk' })).toBe("I can only reset your own MFA. For someone else's account, please contact the desk.");
    expect(t('en', 'otherUser')).toContain('{helpdesk}');
  });

  it('speaks English when the turn has no language', () => {
    expect(t(undefined, 'card.yes')).toBe('Yes');
  });

  it('words lifetimes with the right plural and rounding', () => {
    expect(duration('en', 30)).toBe('30 seconds');
    expect(duration('en', 1)).toBe('1 second');
    expect(duration('en', 90)).toBe('90 seconds');
    expect(duration('en', 299.6)).toBe('5 minutes');
    expect(duration('en', 150)).toBe('2 minutes');
    expect(duration('en', 60 * 60)).toBe('60 minutes');
  });

  it('joins lists the English way', () => {
    expect(joinList('en', ['a'])).toBe('a');
    expect(joinList('en', ['a', 'b'])).toBe('a and b');
    expect(joinList('en', ['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('has no message with an empty text', () => {
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
  });
});
