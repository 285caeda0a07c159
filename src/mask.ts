/**
 * Masking for phone numbers and email addresses: enough for the owner to recognise their own
 * method, not enough to be useful to anyone reading a chat or a log.
 */

/** "+1 4255550123" → "+1 ••• ••• 0123"; "+44 7700900123" → "+44 ••• ••• 0123". */
export function maskPhone(phone: string): string {
  const trimmed = phone.trim();
  const cc = /^\+(\d{1,3})[\s-]/.exec(trimmed)?.[1];
  // Stryker disable next-line Regex,StringLiteral: equivalent (a phone number is one line, so `x.*` already ends at `$`; the next replace drops whatever text the first leaves)
  const digits = trimmed.replace(/x.*$/i, '').replace(/\D/g, '');
  const last = digits.slice(-4);
  if (last.length < 4) return '••••';
  return `${cc ? `+${cc} ` : ''}••• ••• ${last}`;
}

/** "jordan.avery@contoso.com" → "j•••@contoso.com". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${email[0]}•••@${email.slice(at + 1)}`;
}
