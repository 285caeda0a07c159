/**
 * Teams renders markdown in message text and Adaptive Card TextBlocks. Strings that come from a
 * user or from Graph (display names, device names) are escaped so they cannot become links,
 * emphasis or headings, and stray control characters are dropped.
 */
const SPECIAL = /[\\`*_[\]()#<>|~]/g;

/** Controls, NEL, line/paragraph separators and bidi overrides: each becomes a space. */
// eslint-disable-next-line no-control-regex
const BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Invisible characters (zero-width space/joiners, word joiner, BOM, soft hyphen): removed, so a
 * name cannot hide a word or a URL from the reader while Teams still shows or links it. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;

/** A scheme URL or a www. host: Teams links these even without markdown. */
const URLISH = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*/gi;

export function escapeMarkdown(text: string, maxLength = 120): string {
  const clean = text.replace(INVISIBLE, '').replace(BREAKING, ' ').trim();
  const short = clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean;
  // "Defanged" (https[:]//evil[.]example): still readable, never a link.
  const unlinked = short.replace(URLISH, (url) => url.replace('://', '[:]//').replace(/\./g, '[.]'));
  return unlinked.replace(SPECIAL, (c) => `\\${c}`);
}
