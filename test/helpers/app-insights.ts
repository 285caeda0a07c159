import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One Application Insights envelope as the exporter posts it (Breeze v2.1 schema). */
export interface Envelope {
  readonly name: string;
  readonly iKey: string;
  readonly time: string;
  readonly tags?: Record<string, string>;
  readonly data: { readonly baseType: string; readonly baseData: Record<string, unknown> & { properties?: Record<string, string> } };
}

/**
 * A local Application Insights ingestion endpoint: `POST /v2.1/track` with gzip-compressed JSON
 * envelopes, answered as Breeze does. HTTPS with a throwaway certificate for 127.0.0.1, because
 * the exporter rewrites an http:// IngestionEndpoint to https:// (connectionStringParser.ts):
 * the bot process trusts the certificate through NODE_EXTRA_CA_CERTS.
 */
export class FakeIngestion {
  readonly envelopes: Envelope[] = [];
  /** Raw request bodies, decompressed: what a leak check must search. */
  readonly payloads: string[] = [];
  readonly paths: string[] = [];
  private server: Server | undefined;
  private dir = '';
  url = '';
  caPath = '';

  async start(): Promise<this> {
    this.dir = mkdtempSync(join(tmpdir(), 'fake-ai-'));
    const key = join(this.dir, 'key.pem');
    this.caPath = join(this.dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        this.caPath,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    this.server = createServer({ key: readFileSync(key), cert: readFileSync(this.caPath) }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.paths.push(`${req.method} ${req.url}`);
        let text = '';
        try {
          const raw = Buffer.concat(chunks);
          text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        } catch {
          res.writeHead(400).end();
          return;
        }
        this.payloads.push(text);
        let received: Envelope[] = [];
        try {
          const parsed: unknown = JSON.parse(text);
          received = (Array.isArray(parsed) ? parsed : [parsed]) as Envelope[];
        } catch {
          received = text
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Envelope);
        }
        if (req.url?.split('?')[0] === '/v2.1/track') this.envelopes.push(...received);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ itemsReceived: received.length, itemsAccepted: received.length, errors: [] }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  connectionString(): string {
    return `InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=${this.url}`;
  }

  of(baseType: string): Envelope[] {
    return this.envelopes.filter((e) => e.data.baseType === baseType);
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (s) {
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
