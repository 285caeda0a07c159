import { request } from 'node:http';

export interface RawResponse {
  readonly status: number;
  readonly body: string;
}

/**
 * One HTTP request exactly as given (path bytes, Host, Content-Encoding: things fetch normalises
 * or refuses to send), to 127.0.0.1 only.
 */
export function rawRequest(
  base: string,
  opts: { method?: string; path: string; headers?: Record<string, string | number>; body?: Buffer | string },
): Promise<RawResponse> {
  const url = new URL(base);
  if (url.hostname !== '127.0.0.1') throw new Error('tests talk to 127.0.0.1 only');
  return new Promise((resolve, reject) => {
    const body = opts.body === undefined ? undefined : Buffer.from(opts.body);
    const req = request(
      {
        host: '127.0.0.1',
        port: url.port,
        method: opts.method ?? 'POST',
        path: opts.path,
        headers: { ...(body ? { 'content-length': body.length } : {}), ...opts.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
