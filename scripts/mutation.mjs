// `npm run test:mutation [group ...]`: run the Stryker groups of stryker.config.mjs one after
// another (each its own process, concurrency 1), then print the per-module score table.
// No group named: every group. The table alone: node scripts/mutation-scores.mjs.
import { spawnSync } from 'node:child_process';
import { groups, groupTests } from '../stryker.config.mjs';

const asked = process.argv.slice(2);
for (const g of asked) {
  if (!(g in groups)) {
    console.error(`unknown group ${g}; groups: ${Object.keys(groups).join(', ')}`);
    process.exit(2);
  }
}
const selected = asked.length > 0 ? asked : Object.keys(groups);
// Tests that start the built process (test/security/edge-process.test.ts) need dist/; the sandbox
// copies it. Groups with their own test list (groupTests) run in-process tests only.
if (selected.some((g) => !(g in groupTests)) && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
let failed = false;
for (const group of selected) {
  const started = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], { stdio: 'inherit', env: { ...process.env, MUTATE_GROUP: group } });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`group ${group}: exit ${run.status ?? run.signal}, ${Math.floor(seconds / 60)} m ${seconds % 60} s`);
  if (run.status !== 0) failed = true;
}
const table = spawnSync('node', ['scripts/mutation-scores.mjs', ...selected], { stdio: 'inherit' });
process.exit(failed || table.status !== 0 ? 1 : 0);
