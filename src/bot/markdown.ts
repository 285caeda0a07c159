/**
 * Teams renders markdown in message text and Adaptive Card TextBlocks. Strings that come from a
 * user or from Graph (display names, device names) are escaped so they cannot become links,
 * emphasis or headings, and stray control characters are dropped.
 */
const SPECIAL = /[\\`*_[\]()#<>|~]/g;

export function escapeMarkdown(text: string, maxLength = 120): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  const short = clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean;
  return short.replace(SPECIAL, (c) => `\\${c}`);
}
