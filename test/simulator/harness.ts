/** Shared HTTP helpers for the simulator tests: real requests over 127.0.0.1 with global fetch. */
import { afterEach } from 'vitest';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../src/simulator/index.js';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or undefined when the body was empty. */
  json: unknown;
}

/** Narrow an unknown JSON body for assertions without `any`. */
export function obj(v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`not an object: ${JSON.stringify(v)}`);
  return v as Record<string, unknown>;
}

export function errorOf(a: Answer): { code: unknown; message: unknown; innerError: Record<string, unknown> } {
  const e = obj(obj(a.json)['error']);
  return { code: e['code'], message: e['message'], innerError: obj(e['innerError']) };
}

export function valueOf(a: Answer): Array<Record<string, unknown>> {
  const v = obj(a.json)['value'];
  if (!Array.isArray(v)) throw new Error('no value array');
  return v.map(obj);
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

export async function requestToken(sim: RunningSimulator, form: Record<string, string>, url = sim.tokenEndpoint): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams(form).toString(),
  });
  return answer(res);
}

export async function getToken(sim: RunningSimulator, clientId = 'app-1', clientSecret = 'secret-1'): Promise<string> {
  const a = await requestToken(sim, {
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
    scope: GRAPH_SCOPE,
  });
  const token = obj(a.json)['access_token'];
  if (a.status !== 200 || typeof token !== 'string') throw new Error(`token request failed: ${a.status}`);
  return token;
}

export async function call(
  sim: RunningSimulator,
  method: string,
  path: string,
  opts: { token?: string | undefined; body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token !== undefined) headers['authorization'] = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers['content-type'] ??= 'application/json';
  const res = await fetch(`${sim.url}${path}`, { method, headers, ...(opts.body !== undefined ? { body: opts.body } : {}) });
  return answer(res);
}

/** A clock tests move by hand, so time-based behaviour needs no waiting. */
export function manualClock(start = Date.UTC(2026, 0, 15, 9, 0, 0)): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

export const methodsPath = (userId: string, version = 'v1.0'): string => `/${version}/users/${encodeURIComponent(userId)}/authentication/methods`;

/** A `boot` for one test file: starts a simulator with a token ready, closed after each test. */
export function useSimulator(): (opts?: SimulatorOptions) => Promise<{ s: RunningSimulator; token: string }> {
  let sim: RunningSimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });
  return async (opts = {}) => {
    sim = await startSimulator(opts);
    return { s: sim, token: await getToken(sim) };
  };
}
