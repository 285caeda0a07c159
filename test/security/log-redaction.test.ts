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
    log
      .child({ requestContext: { temporaryAccessPass: tap } })
      .child({ session: { refresh_token: bound } })
      .info('grandchild');
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

describe('log redaction, rule by rule (each rule is needed: issue 17, mutation testing)', () => {
  it('redacts every secret key ending, in any case and with - or _', () => {
    const { out, log } = capture();
    const keys = [
      'MicrosoftAppPassword',
      'key_passphrase',
      'TICKET_WEBHOOK_SECRET',
      'outboundToken',
      'Proxy-Authorization',
      'CONNECTWISE_PRIVATE_KEY',
      'signingKey',
      'X-Api-Key',
      'AccountKey',
      'SharedAccessKey',
      'SharedAccessSignature',
      'STATE_STORAGE_CONNECTION_STRING',
      'Set-Cookie',
      'temporaryAccessPass',
    ];
    const values = keys.map((k) => random(`${k.slice(0, 2)}-`));
    log.info({ record: Object.fromEntries(keys.map((k, i) => [k, values[i]])) });
    expectNoLeak(out.text(), values);
    const record = (out.records()[0] as { record: Record<string, string> }).record;
    expect(Object.values(record)).toEqual(keys.map(() => '[redacted]'));
  });

  it('leaves keys that only mention a secret readable, and empty or absent values as they are', () => {
    const { out, log } = capture();
    log.info({
      tokenEndpoint: 'https://login.example/token',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
      keyIsEphemeral: true,
      password: '',
      token: null,
    });
    expect(out.records()[0]).toMatchObject({
      tokenEndpoint: 'https://login.example/token',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
      keyIsEphemeral: true,
      password: '',
      token: null,
    });
  });

  it('cuts each secret shape out of free text', () => {
    const { out, log } = capture();
    const cases: [string, string, string][] = [
      ['Basic ', '', ''],
      ['bearer ', '', ''],
      ['eyJabcd.eyJ', '.sig', ''],
      ['eyJabcd.', '', ''],
      ['AccountKey=', '', ''],
      ['SharedAccessKey=', '', ''],
      ['SharedAccessSignature=', '', ''],
      ['client_secret=', '', ''],
      ['client_assertion=', '', ''],
      ['password=', '', ''],
      ['access_token=', '', ''],
      ['refresh_token=', '', ''],
      ['https://acct.table.core.windows.net/t?sv=2022&sig=', '', ''],
      ['https://svc:', '@example.com/path', ''],
    ];
    const secrets = cases.map(() => randomBytes(18).toString('base64url'));
    cases.forEach(([before, after], i) => log.warn({ detail: `upstream said ${before}${secrets[i]}${after} (end)` }));
    expectNoLeak(out.text(), secrets);
    for (const r of out.records()) expect(String(r.detail)).toMatch(/^upstream said .*\[redacted\].* \(end\)$/);
  });

  it('knows a config’s secrets in every form: PEM lines, connection-string keys, a Buffer’s text, hex and base64, a hidden Secret', () => {
    const pemBody = [random('MIIE'), random('Zx9a')];
    const accountKey = randomBytes(32).toString('base64');
    const key = randomBytes(32);
    const hidden = random('hid');
    const config = {
      graph: { credential: { privateKey: `-----BEGIN PRIVATE KEY-----\n${pemBody.join('\n')}\n-----END PRIVATE KEY-----\n` } },
      store: { value: `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${accountKey};EndpointSuffix=core.windows.net` },
      confirmation: { signingKey: key },
      state: { connectionString: { reveal: () => `AccountName=b;AccountKey=${hidden};` } },
      short: { password: 'short' },
    };
    const found = secretValues(config);
    // The Buffer's text is kept trimmed, like every value: random bytes may decode to edge whitespace (was 1 run in ~20 flaky).
    expect(found).toEqual(expect.arrayContaining([...pemBody, accountKey, key.toString('hex'), key.toString('base64'), key.toString('utf8').trim(), hidden]));
    expect(found).not.toContain('short'); // under 8 characters: not a value worth hunting in text
    expect(found.some((s) => s.includes('BEGIN') || s.includes('AccountName') || s.includes('DefaultEndpoints'))).toBe(false);
    const { out, log } = capture(found);
    log.info(
      `pem ${pemBody[0]!.slice(0, 10)} key ${accountKey} hex ${key.toString('hex').slice(0, 16)} b64 ${key.toString('base64')} hidden ${hidden.slice(0, 9)}`,
    );
    expectNoLeak(out.text(), [...pemBody, accountKey, key.toString('hex'), key.toString('base64'), hidden]);
    expect(out.records()[0]!.msg).toBe('pem [redacted] key [redacted] hex [redacted] b64 [redacted] hidden [redacted]');
  });

  it('cuts every occurrence of a known secret, the whole of it, and nothing next to it', () => {
    const secret = random('whole');
    const { out, log } = capture([secret]);
    // Neighbours outside the secret's alphabet (base64url), so a random secret cannot run into them.
    log.info(`!${secret}# ${secret.slice(0, 8)}! ${secret}${secret.slice(0, 7)}`);
    expect(out.records()[0]!.msg).toBe(`![redacted]# [redacted]! [redacted]${secret.slice(0, 7)}`);
  });

  it('keeps the shapes of values: Sets and arrays as lists, Dates, URLs (sanitised), Buffers as a size, toJSON, cycles and depth marked', () => {
    const { out, log } = capture();
    const when = new Date('2026-12-01T10:00:00.000Z');
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    let deep: Record<string, unknown> = { leaf: 'x' };
    for (let i = 0; i < 14; i++) deep = { d: deep };
    log.info({
      set: new Set(['a', 'b']),
      when,
      url: new URL('https://u:p4ssw0rd-long@example.com/x'),
      buf: Buffer.from('secret bytes'),
      json: { toJSON: () => ({ password: 'hidden-by-key' }) },
      cyclic,
      deep,
    });
    const r = out.records()[0] as Record<string, unknown>;
    expect(r.set).toEqual(['a', 'b']);
    expect(r.when).toBe('2026-12-01T10:00:00.000Z');
    expect(r.url).toBe('https://u:[redacted]@example.com/x');
    expect(r.buf).toBe('[12 bytes]');
    expect(r.json).toEqual({ password: '[redacted]' });
    expect(r.cyclic).toEqual({ name: 'loop', self: '[circular]' });
    expect(JSON.stringify(r.deep)).toContain('"[too deep]"');
    expect(JSON.stringify(r.deep)).not.toContain('leaf');
    // A sibling seen twice is not a cycle.
    const shared = { n: 1 };
    log.info({ a: shared, b: [shared] });
    expect(out.records()[1]).toMatchObject({ a: { n: 1 }, b: [{ n: 1 }] });
  });

  it('names a lone Error’s message as the line’s message, and keeps an explicit message', () => {
    const { out, log } = capture();
    log.error(new TypeError('bad input'));
    log.error(new TypeError('bad input'), 'explicit');
    const [a, b] = out.records() as [Record<string, { type: string }>, Record<string, { type: string }>];
    expect(a.msg).toBe('bad input');
    expect(a.err!.type).toBe('TypeError');
    expect(b.msg).toBe('explicit');
  });
});

describe('log redaction, the details (mutation testing of src/logger.ts)', () => {
  it('cuts exactly the secret part of each shape, and leaves the text around it as it was', () => {
    const { out, log } = capture();
    const cases: [string, string][] = [
      ['auth Bearer  abc.DEF~ghi+jkl/mno-pqr== next', 'auth Bearer [redacted] next'],
      ['auth basic dXNlcjpwYXNz;rest', 'auth basic [redacted];rest'],
      ['card eyJhbGciOi.eyJzdWIiOi-x_y.sig-Nature_123 next', 'card [redacted] next'],
      ['card eyJabcd.efgh', 'card [redacted]'],
      ['AccountKey=abc/def+ghi==;AccountName=acct', 'AccountKey=[redacted];AccountName=acct'],
      ['q?sig=abcdef&sv=2022', 'q?sig=[redacted]&sv=2022'],
      ['body password=hunter2hunter2 next', 'body password=[redacted] next'],
      [`json "client_secret=abcdefgh" and 'refresh_token=ijklmnop'`, `json "client_secret=[redacted]" and 'refresh_token=[redacted]'`],
      ['url https://svc:pa55-w0rd@example.com/x', 'url https://svc:[redacted]@example.com/x'],
    ];
    cases.forEach(([text]) => log.warn(text));
    expect(out.records().map((r) => r.msg)).toEqual(cases.map(([, expected]) => expected));
  });

  it('leaves innocent text that merely resembles a secret shape alone', () => {
    const { out, log } = capture();
    const innocent = [
      'nonbasic settings applied',
      'the monkeyJumps.overTheFence test',
      'eyJabc.defg is too short for a token',
      'flags hasSig=true, nopassword=fine',
      'open https://host:8080/users/@me and //todo: ask bob@contoso.com',
    ];
    innocent.forEach((text) => log.info(text));
    expect(out.records().map((r) => r.msg)).toEqual(innocent);
  });

  it('finds exactly the secret values of a config: trimmed, whole, 8 characters or more, nothing innocent', () => {
    const exact8 = 'Ab3$eF7!';
    const odd = `!${random('odd')}=a;b=c`; // has = and ; but is no connection string: a secret as a whole
    const tail = `x=${random('t1')};y=2;${random('t2')}`;
    const config = {
      app: { password: `  ${exact8}\n`, apiKey: '1234567', port: 3978, enabled: true, missing: undefined, nothing: null, hook: () => 'x' },
      odd: { password: odd },
      tail: { secret: tail },
      store: { value: `AccountKey=${'K'.repeat(8)};AccountName=acct;SharedAccessKey=${'S'.repeat(7)};EndpointSuffix=core.windows.net` },
      spaced: { value: `AccountName=acct; AccountKey=${'Z'.repeat(20)}` },
      leading: { value: `AccountKey=${'L'.repeat(9)};AccountName=acct` },
      plain: { data: Buffer.from('not a secret at all'), signingKey: Buffer.alloc(0) },
      wrapped: { weird: { reveal: () => 42 }, none: { reveal: () => undefined } },
    };
    expect(secretValues(config)).toEqual([exact8, odd, tail, 'K'.repeat(8), `AccountName=acct; AccountKey=${'Z'.repeat(20)}`, 'L'.repeat(9)]);
  });

  it('keeps a PEM key’s base64 lines, trimmed, of 8 characters or more, and none of its boundary lines', () => {
    const lines = [random('MIIE'), 'QUJDREVG', 'QUI=    '];
    const pem = `-----BEGIN PRIVATE KEY----- \r\n${lines[0]}  \r\n${lines[1]}\r\n${lines[2]}\r\n-----END PRIVATE KEY-----\r\n`;
    expect(secretValues({ tls: { privateKey: pem } })).toEqual([lines[0], 'QUJDREVG']);
  });

  it('finds secrets to the nesting limit (12 levels) and stops beyond it, without hanging on a cycle of many arms', () => {
    const nest = (levels: number, leaf: unknown): unknown => (levels === 0 ? leaf : { n: nest(levels - 1, leaf) });
    const atLimit = random('lim');
    expect(secretValues(nest(12, { password: atLimit }))).toEqual([atLimit]);
    expect(secretValues(nest(13, { password: random('far') }))).toEqual([]);
    // Twelve references to itself at every level: without the cycle check 12^12 walks.
    const fan: Record<string, unknown> = { password: random('fan') };
    for (let i = 0; i < 12; i++) fan[`k${i}`] = fan;
    expect(secretValues(fan)).toEqual([fan.password]);
  });

  it('cuts a known secret of exactly 8 characters and ignores shorter ones', () => {
    const { out, log } = capture(['', 'on', 'abc1234', 'Zx9!Qw7#']);
    log.info('log on to abc1234 with Zx9!Qw7# twice Zx9!Qw7#');
    expect(out.records()[0]!.msg).toBe('log on to abc1234 with [redacted] twice [redacted]');
  });

  it('never hangs on a known secret that starts like the mark it leaves', () => {
    const { out, log } = capture(['redacted-but-real-9f8e7d']);
    log.info('first redacted-but-real-9f8e7d then redacted-but-real-9f8e7d');
    expect(out.records()[0]!.msg).toBe('first [redacted] then [redacted]');
  });

  it('without options: no known secrets, the shapes still cut, and every record names the service and level', () => {
    const out = new LogCapture();
    const log = createLogger('info', out);
    log.info('plain words stay plain');
    log.warn('auth Bearer abcdefghijkl');
    const mixed = new LogCapture();
    createLogger('info', mixed, { mixin: () => ({ traceId: 't-1' }) }).info('traced');
    expect(out.records().map((r) => [r.level, r.service, r.msg])).toEqual([
      ['info', 'mfa-reset-bot', 'plain words stay plain'],
      ['warn', 'mfa-reset-bot', 'auth Bearer [redacted]'],
    ]);
    expect(mixed.records()[0]).toMatchObject({ level: 'info', service: 'mfa-reset-bot', traceId: 't-1', msg: 'traced' });
  });

  it('cuts nesting at exactly 12 levels (an object at 12 printed, one at 13 marked) and omits an undefined secret', () => {
    const { out, log } = capture();
    let leaf: Record<string, unknown> = { leaf: 'x', deeper: { leaf: 'y' } };
    for (let i = 0; i < 11; i++) leaf = { n: leaf };
    log.info({ n: leaf, apiKey: undefined, password: null });
    let r = out.records()[0] as Record<string, unknown>;
    expect(r).not.toHaveProperty('apiKey');
    expect(r.password).toBeNull();
    for (let i = 0; i < 12; i++) r = r.n as Record<string, unknown>;
    expect(r).toEqual({ leaf: 'x', deeper: '[too deep]' });
  });

  it('prints an Error in pino’s shape: its class as type, no stack when it has none, its cause, aggregated errors and an errors field', () => {
    const { out, log } = capture();
    class GraphError extends Error {}
    const noStack = new RangeError('no stack here');
    noStack.stack = undefined;
    const odd = Object.assign(new Error('odd'), { constructor: undefined, errors: { count: 2 } });
    const cause = Object.assign(new Error('inner access_token=abcdefghijk'), { body: { refreshToken: 'r-123456789', status: 400 } });
    log.error({ err: new GraphError('outer', { cause }) });
    log.error({ err: noStack });
    log.error({ err: odd });
    log.error({ err: new AggregateError([new Error('first password=abcdefghij'), 'plain'], 'several') });
    const [graph, bare, oddOut, agg] = out.records().map((r) => r.err) as Record<string, unknown>[];
    expect(graph).toMatchObject({
      type: 'GraphError',
      message: 'outer',
      cause: { type: 'Error', message: 'inner access_token=[redacted]', body: { refreshToken: '[redacted]', status: 400 } },
    });
    expect(bare).toEqual({ type: 'RangeError', message: 'no stack here' });
    expect(oddOut).toMatchObject({ type: 'Error', message: 'odd', errors: { count: 2 } });
    expect(agg).toMatchObject({ type: 'AggregateError', message: 'several', errors: [{ type: 'Error', message: 'first password=[redacted]' }, 'plain'] });
  });

  it('prints a Map’s entries (secret keys redacted) and keeps a message given with the Error, or the Error’s own beside other arguments', () => {
    const { out, log } = capture();
    log.info({
      pending: new Map<unknown, unknown>([
        ['u1', { confirmationToken: 'tok-1234567890', state: 'offered' }],
        [7, 'seven'],
      ]),
    });
    log.error(new Error('boom'), 'failed: %s after %d tries', 'graph', 3);
    log.error(new Error('boom'), { retry: true } as never);
    const [map, explicit, beside] = out.records();
    expect(map!.pending).toEqual({ u1: { confirmationToken: '[redacted]', state: 'offered' }, 7: 'seven' });
    expect(explicit!.msg).toBe('failed: graph after 3 tries');
    expect(beside!.msg).toBe('boom');
  });
});
