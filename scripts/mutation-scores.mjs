// The per-module mutation score table, from Stryker's JSON reports (reports/mutation/<group>.json,
// mutation-testing-report-schema: files → mutants → status). Score as Stryker counts it:
// detected (Killed, Timeout) over valid (all but CompileError, RuntimeError, Ignored, Pending).
// Usage: node scripts/mutation-scores.mjs [group ...]   (no group: every report found)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'reports/mutation';
const DETECTED = new Set(['Killed', 'Timeout']);
const INVALID = new Set(['CompileError', 'RuntimeError', 'Ignored', 'Pending']);

const asked = process.argv.slice(2);
const names =
  asked.length > 0
    ? asked
    : existsSync(DIR)
      ? readdirSync(DIR)
          .filter((f) => f.endsWith('.json'))
          .map((f) => f.slice(0, -5))
      : [];
const rows = [];
let missing = 0;
for (const group of names.sort()) {
  const file = join(DIR, `${group}.json`);
  if (!existsSync(file)) {
    console.error(`no report for group ${group} (${file})`);
    missing++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const when = statSync(file).mtime.toISOString().slice(0, 16).replace('T', ' ');
  for (const [path, entry] of Object.entries(report.files ?? {})) {
    const count = { detected: 0, survived: 0, noCoverage: 0, invalid: 0, ignored: 0 };
    const survivors = [];
    for (const m of entry.mutants ?? []) {
      if (DETECTED.has(m.status)) count.detected++;
      else if (m.status === 'Ignored') count.ignored++;
      else if (INVALID.has(m.status)) count.invalid++;
      else {
        if (m.status === 'NoCoverage') count.noCoverage++;
        else count.survived++;
        survivors.push(`${m.location.start.line}:${m.location.start.column} ${m.mutatorName}${m.status === 'NoCoverage' ? ' (no coverage)' : ''}`);
      }
    }
    const valid = count.detected + count.survived + count.noCoverage;
    rows.push({ group, path: path.replace(/^.*?(?=src\/)/, ''), valid, ...count, survivors, when });
  }
}

const pct = (r) => (r.valid === 0 ? 'n/a' : `${((100 * r.detected) / r.valid).toFixed(1)} %`);
const header = ['group', 'module', 'score', 'killed/valid', 'survived', 'no coverage', 'compile errors', 'disabled', 'report'];
const lines = rows.map((r) => [r.group, r.path, pct(r), `${r.detected}/${r.valid}`, r.survived, r.noCoverage, r.invalid, r.ignored, r.when].map(String));
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const fmt = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`\n${fmt(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const l of lines) console.log(fmt(l));
for (const r of rows) if (r.survivors.length > 0) console.log(`\nsurvivors in ${r.path}: ${r.survivors.join('; ')}`);
process.exit(missing > 0 ? 1 : 0);
