/**
 * A mail-style signature under the message ("Regards,\nPriya Sharma\nSr. Analyst\npriya@…") is
 * the sender, not a subject: its job title ("Delivery Manager"), name and address must not make
 * the message someone else's. What follows a closing line ("Regards", "Mit freundlichen Grüßen",
 * "Pozdrawiam" …), when only a few short lines follow it, is dropped; the closing line stays.
 */

const CLOSING = new RegExp(
  String.raw`^\s*(?:(?:best|kind|warm|warmest|many|with|thanks\s*(?:&|and))\s+)?(?:regards|thanks(?:\s*(?:&|and)\s*regards)?|thank you(?: so much)?|thanks in advance|thx|cheers|best|br|sincerely|yours(?: sincerely| faithfully| truly)?|` +
    String.raw`mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|viele gr(?:ü|ue)(?:ß|ss)e|beste gr(?:ü|ue)(?:ß|ss)e|lg|vg|gr(?:ü|ue)(?:ß|ss)e|danke|` +
    String.raw`cordialement|bien (?:à|a) vous|merci(?: d'avance| beaucoup)?|saludos(?: cordiales)?|un saludo|gracias|atenciosamente|cumprimentos|obrigad[oa]|abra(?:ç|c)os?|` +
    String.raw`cordiali saluti|distinti saluti|saluti|grazie(?: mille)?|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groet(?:en|jes)?|mvg|dank je(?: wel)?|bedankt|` +
    String.raw`pozdrawiam(?: serdecznie)?|z powa(?:ż|z)aniem|dzi(?:ę|e)kuj(?:ę|e))\s*[,.!]*\s*$`,
  'i',
);
/** A signature is short: a name, a title, a team, an address, a phone number. */
const MAX_LINES = 6;
const MAX_LINE = 90;
const MAX_WORDS = 8;
/** A line with a pronoun, "for", "please" or a reset word is a sentence (maybe "it's for Bob"), not a signature. */
const SENTENCE =
  /(?:^|[^\p{L}])(?:i|my|me|mine|for|please|reset|remove|mfa|he|she|his|her|ich|mein|meine|für|fur|bitte|je|mon|ma|pour|yo|mi|para|eu|meu|minha|io|per|ik|mijn|voor|ja|moj|moja|dla)(?=$|[^\p{L}])/iu;

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
