/**
 * The mutation groups (stryker.config.mjs) name code by marker comments, not by hand-written line
 * numbers. These tests prove the markers resolve to the code each group is about, and that the
 * resolver refuses a region that went missing, repeats or is empty, so an edit that moves or
 * deletes a marker turns CI red instead of silently mutating the wrong lines.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

interface StrykerConfigModule {
  readonly groups: Record<string, string[]>;
  readonly region: (file: string, name: string) => string;
}

const root = resolve(import.meta.dirname, '..');
// A computed specifier: the config is plain JavaScript outside the TypeScript project.
const configUrl = pathToFileURL(join(root, 'stryker.config.mjs')).href;
const load = async (): Promise<StrykerConfigModule> => (await import(configUrl)) as StrykerConfigModule;

function linesOf(spec: string): { file: string; first: number; last: number } | { file: string } {
  const m = /^(.+):(\d+)-(\d+)$/.exec(spec);
  return m ? { file: m[1]!, first: Number(m[2]), last: Number(m[3]) } : { file: spec };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** What each region must contain: the protection the group exists for. */
const MUST_CONTAIN: Record<string, readonly string[]> = {
  'src/server.ts#edge-prerouting': ['nonCanonicalPath', 'hostNotLoopback', 'contentEncoding', 'contentType'],
  'src/server.ts#edge-helpers': ['function hostOf', 'function isJson'],
  'src/reset/service.ts#reset-confirm': ['confirmerId: requester.userId', 'subjectId: subject.userId', 'this.newest.become', 'async confirm('],
  'src/reset/engine.ts#engine-outcome': ['async reset(', 'private async verify(', 'stillVisible'],
  'src/helpdesk/requests.ts#helpdesk-decisions': ["'notTarget'", "'selfApproval'", "'privilegedNeedsTarget'", 'private async transition(', 'function sameId'],
  'src/state/memory.ts#state-claim-cas': ['async claim(', 'r.etag !== etag'],
  'src/tickets/config.ts#config-demo-loopback': ['must be a loopback URL in demo mode'],
  'src/tickets/config.ts#config-ticket-url': ['function url(', 'isLoopback(u.hostname)'],
  'src/config.ts#config-endpoint-url': ['function endpointUrl(', 'isLoopbackHost(url.hostname)'],
  'src/config.ts#config-https-url': ['function httpsUrl(', "url.protocol !== 'https:'"],
  'src/graph/methods.ts#graph-delete-ids': ["'unsafeId'", 'isSafeSegment(userId)'],
  'src/graph/methods.ts#graph-safe-segment': ['function isSafeSegment('],
  'src/understanding/correction.ts#correction-read': ['export function readCorrection(', 'NEGATOR.test(later)', 'headAsks', 'function bare('],
  'src/understanding/correction.ts#correction-tail': ['function readTail(', 'function scopeOf(', 'excluded: false'],
};

describe('mutation groups', () => {
  it('every group names files that exist, and every line range lies inside its file', async () => {
    const { groups } = await load();
    const specs = Object.values(groups).flat();
    expect(specs.length).toBeGreaterThan(10);
    for (const spec of specs) {
      const s = linesOf(spec);
      const lines = readFileSync(join(root, s.file), 'utf8').split('\n');
      if ('first' in s) {
        expect(s.first, spec).toBeGreaterThan(0);
        expect(s.last, spec).toBeGreaterThanOrEqual(s.first);
        expect(s.last, spec).toBeLessThanOrEqual(lines.length);
      }
    }
  });

  it('each marked region holds the protection its group is about, and nothing but the lines between its markers', async () => {
    const { region } = await load();
    for (const [key, needles] of Object.entries(MUST_CONTAIN)) {
      const [file, name] = key.split('#') as [string, string];
      const s = linesOf(region(file, name));
      if (!('first' in s)) throw new Error(`${key} did not resolve to a line range`);
      const lines = readFileSync(join(root, file), 'utf8').split('\n');
      expect(lines[s.first - 2]?.trim(), key).toBe(`// mutate:begin ${name}`);
      expect(lines[s.last]?.trim(), key).toBe(`// mutate:end ${name}`);
      const body = lines.slice(s.first - 1, s.last).join('\n');
      for (const needle of needles) expect(body, `${key} should contain ${needle}`).toContain(needle);
    }
  });

  it('every marker in src/ is used by a group, and every region the groups use is listed above', async () => {
    const { groups } = await load();
    const used = new Set<string>();
    for (const spec of Object.values(groups).flat()) {
      const s = linesOf(spec);
      if (!('first' in s)) continue;
      const begin = readFileSync(join(root, s.file), 'utf8').split('\n')[s.first - 2]?.trim() ?? '';
      const m = /^\/\/ mutate:begin (\S+)$/.exec(begin);
      expect(m, `${spec} is a hand-written range: mark it with // mutate:begin / end and use region()`).not.toBeNull();
      used.add(`${s.file}#${m![1]}`);
    }
    const marked = new Set<string>();
    for (const path of sourceFiles(join(root, 'src'))) {
      for (const l of readFileSync(path, 'utf8').split('\n')) {
        const m = /^\s*\/\/ mutate:begin (\S+)$/.exec(l);
        if (m) marked.add(`${relative(root, path)}#${m[1]}`);
      }
    }
    expect([...marked].sort()).toEqual([...used].sort());
    expect([...used].sort()).toEqual(Object.keys(MUST_CONTAIN).sort());
  });

  describe('region() refuses a config that no longer matches the code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-regions-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, text: string): string => {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    };

    it('returns the lines strictly between the markers', async () => {
      const { region } = await load();
      const p = write('ok.ts', 'a\n  // mutate:begin x\nb\nc\n  // mutate:end x\nd\n');
      expect(region(p, 'x')).toBe(`${p}:3-4`);
    });

    it.each([
      ['a missing end', 'a\n// mutate:begin x\nb\n', /expected one "\/\/ mutate:end x", found 0/],
      ['a missing begin', 'a\nb\n// mutate:end x\n', /expected one "\/\/ mutate:begin x", found 0/],
      ['a repeated begin', '// mutate:begin x\na\n// mutate:begin x\nb\n// mutate:end x\n', /found 2/],
      ['an empty region', 'a\n// mutate:begin x\n// mutate:end x\n', /empty or ends before it begins/],
      ['an end before the begin', '// mutate:end x\na\n// mutate:begin x\n', /empty or ends before it begins/],
      ['a marker with text after the name', '// mutate:begin x y\na\n// mutate:end x\n', /found 0/],
    ])('%s', async (_what, text, message) => {
      const { region } = await load();
      const p = write(`bad-${Math.abs(text.length)}-${text.charCodeAt(3)}.ts`, text);
      expect(() => region(p, 'x')).toThrow(message);
    });
  });
});
