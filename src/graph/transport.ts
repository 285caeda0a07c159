import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** Graph's auth-method bodies are a few KB; anything near this is not a Graph answer. */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

/**
 * The last link of the Graph middleware chain: sends the request with node:http(s) over
 * keep-alive sockets and hands the SDK a standard `Response`. It replaces the SDK's
 * HTTPMessageHandler (global fetch) because fetch costs about twice the CPU per call (measured
 * with `npm run bench`), and every reset is several Graph calls. Same contract as fetch for what
 * the chain uses: method, headers, body, `signal` (rejects with `signal.reason`, as fetch does);
 * redirects are not followed (Graph's auth-method routes do not redirect, and a token must not
 * follow one). A request on a reused keep-alive socket that the server had already closed is
 * sent once more on a new socket, as Node's documentation recommends.
 */
export class NodeHttpHandler implements Middleware {
  private readonly http = new HttpAgent({ keepAlive: true, scheduling: 'lifo' });
  private readonly https = new HttpsAgent({ keepAlive: true, scheduling: 'lifo' });

  async execute(context: Context): Promise<void> {
    if (typeof context.request !== 'string') throw new TypeError('NodeHttpHandler expects a URL string');
    const url = new URL(context.request);
    const init = context.options ?? {};
    const body = bodyOf(init.body);
    const headers: Record<string, string> = {};
    new Headers(init.headers as ConstructorParameters<typeof Headers>[0]).forEach((value, name) => {
      headers[name] = value;
    });
    if (body !== undefined) headers['content-length'] = String(body.length);
    const signal = (init.signal as AbortSignal | null | undefined) ?? undefined;
    const method = (init.method ?? 'GET').toUpperCase();
    context.response = await this.send(url, method, headers, body, signal, true).catch((err: unknown) => {
      if (err instanceof StaleSocketError) return this.send(url, method, headers, body, signal, false);
      throw err;
    });
  }

  private send(
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: Buffer | undefined,
    signal: AbortSignal | undefined,
    mayRetry: boolean,
  ): Promise<Response> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const https = url.protocol === 'https:';
      const req = (https ? httpsRequest : httpRequest)(url, { method, headers, agent: https ? this.https : this.http });
      const onAbort = () => req.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
      signal?.addEventListener('abort', onAbort, { once: true });
      const fail = (err: unknown) => {
        signal?.removeEventListener('abort', onAbort);
        if (signal?.aborted) reject(signal.reason);
        else if (mayRetry && req.reusedSocket && (err as NodeJS.ErrnoException).code === 'ECONNRESET') reject(new StaleSocketError());
        else reject(err);
      };
      req.once('error', fail);
      req.once('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) res.destroy(new Error('Graph response too large'));
          else chunks.push(chunk);
        });
        res.once('error', fail);
        res.once('close', () => {
          if (!res.complete) fail(new Error('Graph closed the connection before the response was complete'));
        });
        res.once('end', () => {
          signal?.removeEventListener('abort', onAbort);
          try {
            resolve(toResponse(res, Buffer.concat(chunks, size)));
          } catch (err) {
            reject(err);
          }
        });
      });
      req.end(body);
    });
  }
}

class StaleSocketError extends Error {}

function bodyOf(body: unknown): Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (Buffer.isBuffer(body)) return body;
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('Unsupported Graph request body');
}

function toResponse(res: IncomingMessage, raw: Buffer): Response {
  const headers = new Headers();
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
  const status = res.statusCode ?? 0;
  const body = NULL_BODY_STATUS.has(status) ? null : decode(raw, res.headers['content-encoding']);
  return new Response(body, { status, statusText: res.statusMessage ?? '', headers });
}

/** Only if Graph compresses unasked (we send no Accept-Encoding). */
function decode(raw: Buffer, encoding: string | undefined): Buffer {
  switch (encoding?.trim().toLowerCase()) {
    case undefined:
    case '':
    case 'identity':
      return raw;
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(raw);
    case 'deflate':
      return inflateSync(raw);
    case 'br':
      return brotliDecompressSync(raw);
    default:
      throw new Error(`Unsupported Graph content-encoding ${encoding}`);
  }
}
