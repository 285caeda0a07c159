/**
 * A mail-style signature under the message ("Regards,\nPriya Sharma\nSr. Analyst\npriya@…") is
 * the sender, not a subject: its job title ("Delivery Manager"), name and address must not make
 * the message someone else's. What follows a closing line ("Regards", "Mit freundlichen Grüßen",
 * "Pozdrawiam" …), when only a few short lines follow it, is dropped; the closing line stays.
 */

const CLOSING = new RegExp(
  String.raw`^\s*(?:(?:best|kind|warm|warmest|many|with|thanks\s*(?:&|and))\s+){0,2}(?:regards|thanks(?:\s*(?:&|and)\s*regards)?|thank you(?: so much)?|thanks in advance|thx|cheers|best|br|sincerely|yours(?: sincerely| faithfully| truly)?|` +
    String.raw`mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|viele gr(?:ü|ue)(?:ß|ss)e|beste gr(?:ü|ue)(?:ß|ss)e|lg|vg|gr(?:ü|ue)(?:ß|ss)e|danke|` +
    String.raw`cordialement|bien (?:à|a) vous|merci(?: d'avance| beaucoup)?|saludos(?: cordiales)?|un saludo|gracias|atenciosamente|cumprimentos|obrigad[oa]|abra(?:ç|c)os?|` +
    String.raw`cordiali saluti|distinti saluti|saluti|grazie(?: mille)?|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groet(?:en|jes)?|mvg|dank je(?: wel)?|bedankt|` +
    String.raw`pozdrawiam(?: serdecznie)?|z powa(?:ż|z)aniem|dzi(?:ę|e)kuj(?:ę|e))\s*[,.!]*\s*$`,
  'i',
);
/** A signature is short: a name, a title, a team, an address, a phone number. */
const MAX_LINES = 8;
const MAX_LINE = 90;
const MAX_WORDS = 8;
/** A line with a pronoun, "for", "please" or a reset word is a sentence (maybe "it's for Bob"), not a signature. */
const SENTENCE =
  /(?:^|[^\p{L}])(?:i|my|me|mine|for|please|reset|remove|mfa|he|she|his|her|ich|mein|meine|für|fur|bitte|je|mon|ma|pour|yo|mi|para|eu|meu|minha|io|per|ik|mijn|voor|ja|moj|moja|dla)(?=$|[^\p{L}])/iu;

/** Where a forwarded or replied-to message begins: what follows is someone else's text, quoted. */
const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*(?:original message|forwarded message|urspr(?:ü|ue)ngliche nachricht|message d'origine|mensaje original|mensagem original|messaggio originale|oorspronkelijk bericht|oryginalna wiadomo(?:ś|s)(?:ć|c))\s*-{2,}|(?:from|von|de|van|od)\s*:.*@.*|on .{3,80} wrote:|_{8,})\s*$/i;
/** The words of a forward's own header lines ("FW:", "Forwarded message"), not the sender's text. */
const FORWARD_WORDS = new Set(['fw', 'fwd', 'forwarded', 'message', 'original', 're', 'aw', 'wg', 'tr', 'rv', 'enc', 'doorgestuurd', 'pd']);
/** A mail subject line. */
const SUBJECT = /^\s*(?:(?:fwd?|re|aw|wg|tr|rv|enc|pd)\s*:|subject\s*:|betreff\s*:|objet\s*:|asunto\s*:|assunto\s*:|oggetto\s*:|onderwerp\s*:|temat\s*:)/i;
/** A mail footer: confidentiality notices, "think before you print". */
const DISCLAIMER =
  /\b(?:confidential(?:ity)?|intended (?:solely|only) for|privileged|disclaimer|unauthori[sz]ed (?:review|use)|received this (?:e-?mail|message|communication) in error|consider the environment before printing|vertraulich|confidentiel|confidencial|riservat[oa]|vertrouwelijk|poufn[ay])\b/i;

/**
 * A pasted e-mail's own text: above a forwarded message ("-----Original Message-----", "From: … @"),
 * without the footer, and without the signature under the closing line. A forward with nothing of
 * the sender's own above it is kept whole.
 */
export function ownText(text: string): string {
  const all = text.split('\n');
  // a subject line on top ("FW: reset", "Subject: MFA reset request") is the mail's title, not the
  // sender's words: "Fw: reset" above "forwarded by mistake, I don't need anything" asks for nothing
  const lines = all.length > 1 && SUBJECT.test(all[0] ?? '') && all.slice(1).some((l) => /\p{L}/u.test(l)) ? ['', ...all.slice(1)] : all;
  const fwd = lines.findIndex((l, i) => i > 0 && FORWARD_MARKER.test(l));
  const top = fwd > 0 ? lines.slice(0, fwd) : lines;
  // (a subject line, "FW: Your MFA expires today", is the forwarded mail's, not the sender's)
  const ownWords = (
    top
      .filter((l) => !/^\s*(?:fwd?|re|aw|wg|tr|rv|enc|pd)\s*:/i.test(l))
      .join(' ')
      .match(/\p{L}{2,}/gu) ?? []
  ).filter((w) => !FORWARD_WORDS.has(w.toLowerCase()));
  const own = fwd > 0 && ownWords.length >= 4 ? top : lines;
  // the footer: from the first disclaimer line among the last lines to the end
  let end = own.length;
  for (let i = Math.max(1, own.length - 12); i < own.length; i++) {
    if (DISCLAIMER.test(own[i] ?? '')) {
      end = i;
      break;
    }
  }
  // "-- " (the signature separator): a short block under it is the signature
  const sep = own.findIndex((l, i) => i > 0 && i < end && /^\s*--\s*$/.test(l));
  if (sep > 0 && end - sep <= MAX_LINES + 1 && own.slice(sep + 1, end).every((l) => l.length <= MAX_LINE && !SENTENCE.test(l) && !l.includes('?'))) end = sep;
  return stripSignature(own.slice(0, end).join('\n').trimEnd());
}

export function stripSignature(text: string): string {
  const lines = text.split('\n');
  // the last closing line that is not the first line and has only a short block under it
  for (let i = lines.length - 1; i >= 1 && lines.length - 1 - i <= MAX_LINES; i--) {
    if (!CLOSING.test(lines[i] ?? '')) continue;
    const after = lines.slice(i + 1);
    if (after.length === 0 || after.some((l) => l.length > MAX_LINE || l.trim().split(/\s+/).length > MAX_WORDS || SENTENCE.test(l))) return text;
    const before = lines.slice(0, i).join('\n');
    return before.trim().length === 0 ? text : `${before}\n${lines[i] ?? ''}`;
  }
  return text;
}
