'use strict';
/*
 * Self-check of offline-preload.cjs (not part of `npm test`; run by hand):
 *   node -r ./test/e2e/offline-preload.cjs test/e2e/offline-preload.selftest.cjs
 * Every outward attempt must fail fast with a refusal; loopback must keep working.
 */
const net = require('node:net');
const tls = require('node:tls');
const http = require('node:http');
const https = require('node:https');
const dns = require('node:dns');
const assert = require('node:assert/strict');

function expectError(name, start) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no error within 2s`)), 2000);
    start((err) => {
      clearTimeout(timer);
      if (!err) return reject(new Error(`${name}: succeeded, expected a refusal`));
      assert.match(String(err.code ?? err.cause?.code), /ECONNREFUSED|ENOTFOUND/, `${name}: ${err}`);
      resolve();
    });
  });
}

(async () => {
  await expectError('net.connect', (done) =>
    net
      .connect(443, '93.184.216.34')
      .on('error', done)
      .on('connect', () => done()),
  );
  await expectError('net.createConnection', (done) => net.createConnection({ host: 'example.com', port: 80 }).on('error', done));
  await expectError('tls.connect', (done) => tls.connect({ host: 'example.com', port: 443 }).on('error', done));
  await expectError('http.get', (done) => http.get('http://169.254.169.254/metadata', () => done()).on('error', done));
  await expectError('https.request', (done) =>
    https
      .request({ hostname: 'dc.services.visualstudio.com', path: '/' }, () => done())
      .on('error', done)
      .end(),
  );
  await expectError('dns.lookup', (done) => dns.lookup('example.com', (err) => done(err)));
  await expectError('dns.promises.lookup', (done) => dns.promises.lookup('example.com').then(() => done(), done));
  await expectError('dns.resolve4', (done) => dns.resolve4('example.com', (err) => done(err)));
  await expectError('fetch', (done) => fetch('https://example.com/').then(() => done(), done));

  // Loopback still works, and a server with no host binds 127.0.0.1.
  const server = http.createServer((_req, res) => res.end('ok'));
  await new Promise((r) => server.listen(0, r));
  const addr = server.address();
  assert.equal(addr.address, '127.0.0.1');
  const body = await (await fetch(`http://localhost:${addr.port}/`)).text();
  assert.equal(body, 'ok');
  await new Promise((r) => server.close(r));
  const s2 = net.createServer();
  await new Promise((r) => s2.listen({ port: 0 }, r));
  assert.equal(s2.address().address, '127.0.0.1');
  s2.close();
  const s3 = net.createServer();
  await new Promise((r) => s3.listen(r));
  assert.equal(s3.address().address, '127.0.0.1');
  s3.close();
  console.log('offline-preload self-test: OK');
})().catch((err) => {
  console.error('offline-preload self-test: FAILED:', err);
  process.exit(1);
});
