import type { IncomingMessage } from 'node:http';
import { RequestRejected } from './rejection.js';

/**
 * Read a JSON request body into memory, counting bytes as they arrive: never more than
 * `maxBytes` is kept, nothing is inflated (Content-Encoding is refused before this runs) and
 * nothing is written to disk (restify's bodyParser would hand multipart bodies to formidable,
 * which writes every upload to the temp folder).
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(new RequestRejected(413, 'bodyTooLarge'));

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        // Keep draining (so the client reads the 413 instead of a reset), but keep nothing, and
        // give up on the connection once a sender keeps going far past the limit.
        tooLarge = true;
        chunks.length = 0;
        if (received > maxBytes * 16) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => {
      if (tooLarge) return reject(new RequestRejected(413, 'bodyTooLarge'));
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
      } catch {
        reject(new RequestRejected(400, 'malformedJson'));
      }
    });
    // A client gone mid-body (or cut off above): whichever settles first wins.
    req.once('error', () => reject(new RequestRejected(400, 'bodyUnreadable')));
    req.once('close', () => {
      if (!req.complete) reject(tooLarge ? new RequestRejected(413, 'bodyTooLarge') : new RequestRejected(400, 'bodyUnreadable'));
    });
  });
}
