import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { MIN_SECRET_PREFIX, createLogger, secretValues } from '../../src/logger.js';
import { LogCapture } from '../helpers/logs.js';

/**
 * No secret in the logs, whatever is logged: checked against pino's real output stream. A leak is
 * the secret or any run of its first MIN_SECRET_PREFIX (8) characters (issue 17: redaction was one
 * level deep, and logging the whole config printed the bot's password; a 20-character prefix went
 * unnoticed).
 */
const random = (prefix: string) => `${prefix}${randomBytes(24).toString('base64url')}`;

function productionEnv() {
  const secrets = {
    appPassword: random('Bp8~'),
    graphSecret: random('Gs7~'),
    signingKey: random('sk-'),
    jiraToken: random('ATATT3x'),
    storageKey: randomBytes(48).toString('base64'),
  };
  const env = {
    MicrosoftAppId: randomUUID(),
    MicrosoftAppPassword: secrets.appPassword,
    MicrosoftAppTenantId: randomUUID(),
    GRAPH_CLIENT_ID: randomUUID(),
    GRAPH_CLIENT_SECRET: secrets.graphSecret,
    CONFIRMATION_SIGNING_KEY: secrets.signingKey,
    TICKET_SYSTEM: 'jira',
    JIRA_URL: 'https://contoso.atlassian.net',
    JIRA_EMAIL: 'svc@contoso.com',
    JIRA_API_TOKEN: secrets.jiraToken,
    STATE_STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=https;AccountName=contosobot;AccountKey=${secrets.storageKey};EndpointSuffix=core.windows.net`,
  };
  return { env, secrets };
}

function capture(secrets: readonly string[] = []) {
  const out = new LogCapture();
  return { out, log: createLogger('debug', out, { secrets }) };
}

/** Every secret, and its first 8 characters, absent from the whole output. */
function expectNoLeak(text: string, secrets: readonly string[]) {
  expect(text.length).toBeGreaterThan(0);
  for (const s of secrets) {
    expect(text, `leaked ${s.slice(0, 3)}…`).not.toContain(s.slice(0, MIN_SECRET_PREFIX));
  }
}

describe('log redaction at any depth, against the real pino output', () => {
  it('logging the whole production config prints no secret, and keeps the rest readable', () => {
    const { env, secrets } = productionEnv();
    const config = loadConfig(env);
    const { out, log } = capture(secretValues(config));
    log.info({ config }, 'config');
    log.info({ wrapped: { deeper: [{ config }] } }, 'nested config');
    log.info(config as unknown as Record<string, unknown>, 'config at the top level');
    expectNoLeak(out.text(), Object.values(secrets));
    // Not "redact everything": identifiers and URLs stay.
    expect(out.text()).toContain(env.MicrosoftAppId);
    expect(out.text()).toContain('https://contoso.atlassian.net');
    expect(out.text()).toContain('[redacted]');
  });

  it('cuts a known secret out of the message, interpolated arguments and a prefix of 8 or more characters', () => {
    const { env, secrets } = productionEnv();
    const { out, log } = capture(secretValues(loadConfig(env)));
    log.info(`bot password starts ${secrets.appPassword.slice(0, 20)}`);
    log.info('graph secret prefix %s, key %s', secrets.graphSecret.slice(0, 18), secrets.signingKey.slice(0, 8));
    log.warn({ note: `token ${secrets.jiraToken.slice(0, 19)}… was refused`, account: secrets.storageKey.slice(0, 12) });
    expectNoLeak(out.text(), Object.values(secrets));
    expect(out.records().map((r) => r.msg)).toEqual(['bot password starts [redacted]', 'graph secret prefix [redacted], key [redacted]', undefined]);
  });

  it('redacts secret keys in nested request objects, arrays, Maps and child bindings (no known secrets needed)', () => {
    const { out, log } = capture();
    const leaked = [random('hdr'), random('api'), random('ck'), random('cs'), random('arr'), random('map'), random('child'), random('tap')];
    const [bearer, apiKey, cookie, clientSecret, inArray, inMap, bound, tap] = leaked as [string, string, string, string, string, string, string, string];
    log.info({
      req: {
        method: 'POST',
        headers: { Authorization: `Bearer ${bearer}`, 'x-api-key': apiKey, Cookie: cookie, 'content-type': 'application/json' },
        body: { grant_type: 'client_credentials', client_secret: clientSecret },
      },
    });
    log.info({ calls: [[{ request: { access_token: inArray } }]] });
    log.info({ pending: new Map([['u1', { confirmationToken: inMap }]]) });
    log.child({ requestContext: { temporaryAccessPass: tap } }).child({ session: { refresh_token: bound } }).info('grandchild');
    expectNoLeak(out.text(), leaked);
    const first = out.records()[0] as { req: { method: string; headers: Record<string, string>; body: Record<string, string> } };
    expect(first.req.method).toBe('POST');
    expect(first.req.headers['content-type']).toBe('application/json');
    expect(first.req.headers.Authorization).toBe('[redacted]');
    expect(first.req.body).toEqual({ grant_type: 'client_credentials', client_secret: '[redacted]' });
  });

  it('redacts Error objects: message, stack, own fields, cause and aggregated errors', () => {
    const { env, secrets } = productionEnv();
    const { out, log } = capture(secretValues(loadConfig(env)));
    const unknownToken = random('tok');
    const cause = Object.assign(new Error(`token endpoint said: client_secret=${secrets.graphSecret}`), { body: { access_token: unknownToken } });
    const err = Object.assign(new Error(`login failed for ${secrets.appPassword}`, { cause }), {
      options: { headers: { authorization: `Bearer ${unknownToken}` } },
    });
    log.error({ err }, 'turn failed');
    log.error(err);
    log.error({ err: new AggregateError([new Error(`Basic ${Buffer.from(`svc:${secrets.jiraToken}`).toString('base64')}`)], 'several') });
    expectNoLeak(out.text(), [...Object.values(secrets), unknownToken, Buffer.from(`svc:${secrets.jiraToken}`).toString('base64')]);
    const [first, second] = out.records() as [Record<string, { type: string; message: string; stack: string }>, Record<string, unknown>];
    expect(first.err!.type).toBe('Error');
    expect(first.err!.message).toBe('login failed for [redacted]');
    expect(first.err!.stack).toContain('log-redaction.test.ts');
    expect(second.msg).toBe('login failed for [redacted]');
  });

  it('cuts secret-shaped strings it was not told about: bearer tokens, JWTs, connection-string keys, URL credentials', () => {
    const { out, log } = capture();
    const jwt = `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIx${randomBytes(12).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
    const key = randomBytes(32).toString('base64');
    const pw = random('pw');
    log.warn(`upstream said: Authorization: Bearer ${jwt}`);
    log.warn({
      detail: `card token ${jwt.split('.').slice(1).join('.')}`,
      store: `AccountName=dev;AccountKey=${key};`,
      url: `https://svc:${pw}@example.com/x`,
    });
    expectNoLeak(out.text(), [jwt.split('.')[1]!, jwt.split('.')[2]!, key, pw]);
  });

  it('survives cycles and deep nesting (one line, no crash)', () => {
    const { out, log } = capture();
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    let deep: Record<string, unknown> = { password: random('deep') };
    for (let i = 0; i < 40; i++) deep = { next: deep };
    log.info({ a, deep });
    expect(out.records()).toHaveLength(1);
    expect(out.text()).not.toMatch(/deep[\w-]{20}/);
  });
});
