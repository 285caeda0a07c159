'use strict';
/*
 * Offline preload for the end-to-end test (load with `node -r <this file>`).
 *
 * This machine has no outside network and must not try to reach it. The Agents Playground starts
 * an Application Insights client even with --disable-telemetry, and its server listens on every
 * interface. This preload:
 *   - makes every TCP server that was not given an explicit loopback host bind 127.0.0.1;
 *   - refuses every TCP/TLS connection to a non-loopback host (net.Socket#connect is what
 *     net.connect, tls.connect, http(s).request and fetch all end up in);
 *   - refuses every DNS lookup of a name other than localhost.
 * Each refused attempt prints one line to stderr and fails the way an offline machine would
 * (ECONNREFUSED / ENOTFOUND), asynchronously, so callers' error handlers run as usual.
 */
const net = require('node:net');
const dns = require('node:dns');

const TAG = '[offline-preload]';
const LOOPBACK_HOST = '127.0.0.1';

function isLoopback(host) {
  if (host === undefined || host === null || host === '') return true; // Node's default is localhost
  let h = String(host).toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (h.startsWith('::ffff:')) return isLoopback(h.slice(7));
  return false;
}

function refuse(what, code) {
  process.stderr.write(`${TAG} refused ${what}\n`);
  const err = new Error(`${TAG} ${code}: ${what} (this machine is offline)`);
  err.code = code;
  err.errno = code === 'ENOTFOUND' ? -3008 : -111;
  err.syscall = code === 'ENOTFOUND' ? 'getaddrinfo' : 'connect';
  return err;
}

/* ---------- servers: bind loopback unless told otherwise ---------- */
const origListen = net.Server.prototype.listen;
const WILDCARDS = new Set(['0.0.0.0', '::', '::0', '0:0:0:0:0:0:0:0']);
net.Server.prototype.listen = function patchedListen(...args) {
  const a0 = args[0];
  if (a0 !== null && typeof a0 === 'object' && !Array.isArray(a0)) {
    // listen(options[, cb]); leave handles / fds / unix paths alone
    if (!('path' in a0) && !('fd' in a0) && !('_handle' in a0) && !('handle' in a0)) {
      if (a0.host === undefined || WILDCARDS.has(String(a0.host))) {
        args[0] = { ...a0, host: LOOPBACK_HOST };
      }
    }
  } else if (typeof a0 === 'function' || (a0 === undefined && args.length <= 1)) {
    // listen() / listen(cb): random port on loopback
    args.splice(0, a0 === undefined ? 1 : 0, 0, LOOPBACK_HOST);
  } else if (typeof a0 === 'number' || (typeof a0 === 'string' && /^\d+$/.test(a0))) {
    // listen(port[, host][, backlog][, cb])
    if (typeof args[1] !== 'string') args.splice(1, 0, LOOPBACK_HOST);
    else if (WILDCARDS.has(args[1])) args[1] = LOOPBACK_HOST;
  }
  return origListen.apply(this, args);
};

/* ---------- outgoing TCP / TLS ---------- */
function connectTarget(args) {
  let a0 = args[0];
  if (Array.isArray(a0)) a0 = a0[0]; // Node's internal normalized-args form
  if (a0 !== null && typeof a0 === 'object') {
    if (a0.path !== undefined && a0.path !== null) return null; // IPC / unix socket
    return { host: a0.host ?? a0.hostname, port: a0.port };
  }
  if (typeof a0 === 'number' || (typeof a0 === 'string' && /^\d+$/.test(a0))) {
    return { host: typeof args[1] === 'string' ? args[1] : undefined, port: a0 };
  }
  return null; // a path string: IPC
}

const origSocketConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(...args) {
  const target = connectTarget(args);
  if (target && !isLoopback(target.host)) {
    const err = refuse(`connection to ${target.host}:${target.port} (non-loopback)`, 'ECONNREFUSED');
    err.address = String(target.host);
    err.port = Number(target.port);
    this.connecting = true; // so destroy() reports it like a failed connect
    process.nextTick(() => this.destroy(err));
    return this;
  }
  return origSocketConnect.apply(this, args);
};

// net.connect / net.createConnection / tls.connect / http(s).request / fetch (undici) all create a
// socket and call Socket#connect, so the one patch above covers them (checked by
// test/e2e/offline-preload.selftest.cjs).

/* ---------- DNS ---------- */
const origLookup = dns.lookup;
dns.lookup = function patchedLookup(hostname, options, callback) {
  const cb = typeof options === 'function' ? options : callback;
  if (!isLoopback(hostname)) {
    const err = refuse(`DNS lookup of ${hostname}`, 'ENOTFOUND');
    err.hostname = hostname;
    process.nextTick(() => cb(err));
    return {};
  }
  return origLookup.call(this, hostname, options, callback);
};

if (dns.promises && typeof dns.promises.lookup === 'function') {
  const origPLookup = dns.promises.lookup;
  dns.promises.lookup = function patchedPromisesLookup(hostname, options) {
    if (!isLoopback(hostname)) {
      const err = refuse(`DNS lookup of ${hostname}`, 'ENOTFOUND');
      err.hostname = hostname;
      return Promise.reject(err);
    }
    return origPLookup.call(this, hostname, options);
  };
}

// dns.resolve* talk to DNS servers directly: refuse them all.
for (const name of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse']) {
  if (typeof dns[name] === 'function') {
    dns[name] = function refusedResolve(host, ...rest) {
      const cb = rest[rest.length - 1];
      const err = refuse(`DNS ${name}(${host})`, 'ENOTFOUND');
      if (typeof cb === 'function') process.nextTick(() => cb(err));
    };
  }
  if (dns.promises && typeof dns.promises[name] === 'function') {
    dns.promises[name] = function refusedPromisesResolve(host) {
      return Promise.reject(refuse(`DNS ${name}(${host})`, 'ENOTFOUND'));
    };
  }
}
