import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/client.js';
import { GraphCallError } from '../../src/graph/errors.js';
import { createAuthMethodsApi } from '../../src/graph/methods.js';
import type { AuthMethod } from '../../src/reset/types.js';

/**
 * The method list follows @odata.nextLink only on the Graph origin it was built for, and only
 * to a /v1.0 or /beta path; a method kind with no delete path is refused before any request.
 * A local Graph stand-in answers each path with the page the test gave it.
 */
describe('the Graph method list and delete, against a local Graph', () => {
  const seen: string[] = [];
  const pages = new Map<string, unknown>();
  let base: string;
  let api: ReturnType<typeof createAuthMethodsApi>;
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const page = pages.get(req.url ?? '');
    res.writeHead(page === undefined ? 404 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(page ?? { error: { code: 'NotFound', message: 'no such page' } }));
  });
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    api = createAuthMethodsApi(createGraphClient({ endpoint: base, tokens: { getToken: async () => 't' }, requestTimeoutMs: 2000, maxRetries: 0 }), base);
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const phone = (id: string) => ({ '@odata.type': '#microsoft.graph.phoneAuthenticationMethod', id, phoneNumber: '+1 4255550123', phoneType: 'mobile' });

  function listing(user: string, next: string) {
    pages.set(`/v1.0/users/${user}/authentication/methods`, { value: [phone('p1')], '@odata.nextLink': next });
  }

  async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
    const err = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GraphCallError);
    return (err as GraphCallError).code;
  }

  it('follows a nextLink on its own origin and collects every page', async () => {
    const user = 'u-paged';
    listing(user, `${base}/v1.0/users/${user}/authentication/methods?$skiptoken=page2`);
    pages.set(`/v1.0/users/${user}/authentication/methods?$skiptoken=page2`, { value: [phone('p2')] });
    const methods = await api.list(user);
    expect(methods.map((m) => m.id)).toEqual(['p1', 'p2']);
  });

  it('follows a beta nextLink on the beta path', async () => {
    const user = 'u-beta';
    listing(user, `${base}/beta/users/${user}/authentication/methods?$skiptoken=b`);
    pages.set(`/beta/users/${user}/authentication/methods?$skiptoken=b`, { value: [] });
    expect((await api.list(user)).map((m) => m.id)).toEqual(['p1']);
  });

  it('refuses a nextLink to another origin without sending anything there', async () => {
    const user = 'u-elsewhere';
    listing(user, `http://127.0.0.2:1/v1.0/users/${user}/authentication/methods?$skiptoken=x`);
    expect(await codeOf(api.list(user))).toBe('untrustedOrigin');
  });

  it.each([
    ['not a URL', 'not a url'],
    ['another API version', '/v2.0/users/x/authentication/methods'],
    ['a version not at the start of the path', '/x/v1.0/users/x/authentication/methods'],
    ['a bare version', '/v1.0'],
  ])('refuses a nextLink that is %s (malformedResponse), without following it', async (_what, link) => {
    const user = `u-${Math.abs(link.length)}-${link.replace(/\W/g, '')}`;
    listing(user, link.startsWith('/') ? `${base}${link}` : link);
    const before = seen.length;
    expect(await codeOf(api.list(user))).toBe('malformedResponse');
    expect(seen.length).toBe(before + 1);
  });

  it('refuses to delete a kind that has no delete path, before any request', async () => {
    const before = seen.length;
    const password: AuthMethod = { id: '28c10230-6103-485e-b985-444c60001490', kind: 'password', odataType: '#microsoft.graph.passwordAuthenticationMethod' };
    expect(await codeOf(api.remove('u-1', password))).toBe('notDeletable');
    expect(seen.length).toBe(before);
  });
});
