import { createHmac } from 'node:crypto';

/**
 * RFC 6238 TOTP (HMAC-SHA1, 30 s steps, 6 digits), the authenticator-app default. Kaseya BMS
 * asks for a current code at every login, and its API users cannot have one, so the connector
 * logs in as an MFA-enabled employee whose TOTP secret (base32, as shown at enrolment) it holds.
 */
export function totp(secretBase32: string, atMs: number, opts: { digits?: number; stepSeconds?: number } = {}): string {
  const digits = opts.digits ?? 6;
  const step = opts.stepSeconds ?? 30;
  const counter = Math.floor(atMs / 1000 / step);
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', base32Decode(secretBase32)).update(msg).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const bin = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Base32 (RFC 4648), tolerant of spaces, lower case and padding as authenticator setups show it. */
export function base32Decode(input: string): Buffer {
  const clean = input.replace(/[\s=-]/g, '').toUpperCase();
  if (!clean || !/^[A-Z2-7]+$/.test(clean)) throw new RangeError('not a base32 secret');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    value = (value << 5) | ALPHABET.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}
