import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/bot/markdown.js';
import { maskEmail, maskPhone } from '../../src/mask.js';

// The exact shapes matter: a mask that shows one digit too many, or a name that is not cut,
// is a leak into a chat or a log, so these compare whole strings.
describe('maskPhone', () => {
  it('keeps the country code and the last four digits only', () => {
    expect(maskPhone('+1 4255550123')).toBe('+1 ••• ••• 0123');
    expect(maskPhone('+44 7700900123')).toBe('+44 ••• ••• 0123');
    expect(maskPhone('+353-871234567')).toBe('+353 ••• ••• 4567');
  });

  it('ignores surrounding white space when reading the country code', () => {
    expect(maskPhone('  +1 4255550123 ')).toBe('+1 ••• ••• 0123');
  });

  it('shows no country code when the number has none', () => {
    expect(maskPhone('(425) 555-0123')).toBe('••• ••• 0123');
  });

  it('takes a country code only from the start of the number', () => {
    expect(maskPhone('425 +12 5550123')).toBe('••• ••• 0123');
  });

  it('drops an extension, so its digits are never shown as the last four', () => {
    expect(maskPhone('+1 4255550123 x4567')).toBe('+1 ••• ••• 0123');
    expect(maskPhone('+1 4255550123 X99')).toBe('+1 ••• ••• 0123');
  });

  it('shows no digits at all for a number shorter than four digits', () => {
    expect(maskPhone('123')).toBe('••••');
    expect(maskPhone('+1 12')).toBe('••••');
  });
});

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    expect(maskEmail('jordan.avery@contoso.com')).toBe('j•••@contoso.com');
  });

  it('masks everything when there is no local part or no @', () => {
    expect(maskEmail('@contoso.com')).toBe('•••');
    expect(maskEmail('jordan.avery')).toBe('•••');
  });

  it('takes the domain after the last @', () => {
    expect(maskEmail('"a@b"@contoso.com')).toBe('"•••@contoso.com');
  });
});

describe('escapeMarkdown', () => {
  it('trims white space left after removing controls', () => {
    expect(escapeMarkdown('  Jordan\u0007 ')).toBe('Jordan');
  });

  it('leaves a name of exactly the maximum length whole', () => {
    expect(escapeMarkdown('a'.repeat(10), 10)).toBe('a'.repeat(10));
  });

  it('cuts a longer name to the maximum length, ellipsis included', () => {
    expect(escapeMarkdown('a'.repeat(11), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(escapeMarkdown('b'.repeat(500))).toHaveLength(120);
  });
});
