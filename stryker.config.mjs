// Mutation testing of the security-critical modules (`npm run test:mutation`, alias `npm run mutate`;
// not part of `npm test`). A surviving mutant is a protection that can be removed without any test
// turning red. Run one group at a time to keep each run short: MUTATE_GROUP=logger npm run test:mutation
// (no MUTATE_GROUP: every group, one after another). Reports: reports/mutation/ (git-ignored);
// scripts/mutation-scores.mjs prints the per-module table from them.

import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

/**
 * `file:first-last`: the lines between `// mutate:begin NAME` and `// mutate:end NAME` in `file`.
 * Line numbers are never written here by hand: a range written as numbers drifted with every edit
 * above it (service.ts 39 lines into offer(), engine.ts short of verify(), the graph group's
 * nextLink check moved to paging.ts unnoticed). A missing, repeated or empty region throws, so
 * Stryker and test/mutation-config.test.ts both refuse a config that no longer matches the code.
 */
export function region(file, name) {
  const lines = readFileSync(new URL(file, import.meta.url), 'utf8').split('\n');
  const at = (tag) => {
    const found = [];
    lines.forEach((l, i) => {
      if (l.trim() === `// mutate:${tag} ${name}`) found.push(i);
    });
    if (found.length !== 1) throw new Error(`${file}: expected one "// mutate:${tag} ${name}", found ${found.length}`);
    return found[0];
  };
  const begin = at('begin');
  const end = at('end');
  if (end <= begin + 1) throw new Error(`${file}: region ${name} is empty or ends before it begins`);
  // 0-based marker indexes → the 1-based lines strictly between them
  return `${file}:${begin + 2}-${end}`;
}

/** @type {Record<string, string[]>} */
export const groups = {
  // server.ts: the pre-routing checks (path, Host, Content-Encoding, Content-Type) and their helpers.
  edge: ['src/edge/activity-policy.ts', 'src/edge/body.ts', region('src/server.ts', 'edge-prerouting'), region('src/server.ts', 'edge-helpers')],
  // Inbound authentication: the strict wrapper around botbuilder and the adapter that builds it.
  auth: ['src/auth.ts', 'src/adapter.ts'],
  // Who the sender is and in which tenant (the requester check of every confirmation).
  identity: ['src/bot/identity.ts'],
  // The logger's redaction (secrets by key at any depth, and values that look like secrets).
  logger: ['src/logger.ts'],
  // The confirmation: the signed token, the service's confirm path (from the signed card's claims
  // and the offer's newest-card record to the end of confirm()), the newest-card rule.
  reset: ['src/reset/token.ts', region('src/reset/service.ts', 'reset-confirm'), 'src/reset/newest-card.ts'],
  // The reset engine's outcome and verification (what "removed" means).
  engine: [region('src/reset/engine.ts', 'engine-outcome')],
  // The helpdesk decision: who may decide, and every transition of a request (target answer,
  // approval, decline, cancel, expiry, finish).
  helpdesk: ['src/helpdesk/policy.ts', region('src/helpdesk/requests.ts', 'helpdesk-decisions')],
  text: ['src/bot/markdown.ts', 'src/mask.ts'],
  // memory.ts: the nonce claim and the compare-and-swap store.
  state: [region('src/state/memory.ts', 'state-claim-cas'), 'src/state/table/nonces.ts', 'src/state/table/pending.ts'],
  // The URL and loopback rules only.
  config: [
    region('src/tickets/config.ts', 'config-demo-loopback'),
    region('src/tickets/config.ts', 'config-ticket-url'),
    region('src/config.ts', 'config-endpoint-url'),
    region('src/config.ts', 'config-https-url'),
  ],
  // Round 21: a request corrected inside a message; it may narrow a card's scope or turn a refusal into a card.
  correction: [region('src/understanding/correction.ts', 'correction-read'), region('src/understanding/correction.ts', 'correction-tail')],
  // The unsafe-id check and the nextLink origin check.
  graph: [region('src/graph/methods.ts', 'graph-delete-ids'), region('src/graph/methods.ts', 'graph-safe-segment'), 'src/graph/paging.ts'],
};

/**
 * The tests that prove a group, where they are few: Stryker's per-test coverage would otherwise run
 * every test that merely passes through the module (every bot test logs), 25-30 s per mutant.
 * Groups not named here run every test that covers the mutant.
 */
export const groupTests = {
  logger: ['test/security/log-redaction.test.ts'],
  correction: ['test/understanding/twenty-first-round.test.ts'],
  reset: ['test/reset/*.test.ts', 'test/security/confirmation.test.ts', 'test/flow.test.ts'],
  engine: ['test/reset/engine.test.ts', 'test/security/graph-faults.test.ts', 'test/graph/error-fixtures.test.ts'],
  // The policy and the request store's transitions, tested directly (every helpdesk bot test passes through them).
  helpdesk: ['test/helpdesk/*.test.ts'],
  identity: [
    'test/bot/identity.test.ts',
    'test/security/identity-http.test.ts',
    'test/security/edge-inputs.test.ts',
    'test/security/inbound-auth.test.ts',
    'test/security/confirmation.test.ts',
    'test/flow-edges.test.ts',
  ],
  auth: [
    'test/security/strict-auth.test.ts',
    'test/security/adapter.test.ts',
    'test/security/inbound-auth.test.ts',
    'test/security/production-auth.test.ts',
    'test/security/http.test.ts',
    'test/security/edge-checks.test.ts',
    'test/auth-clients.test.ts',
  ],
};

const selected = process.env.MUTATE_GROUP;
// Read by vitest.stryker.config.ts in the test-runner processes Stryker starts (they inherit the environment).
if (selected !== undefined && selected in groupTests) process.env.MUTATE_TESTS = groupTests[selected].join(',');
if (selected !== undefined && !(selected in groups)) {
  throw new Error(`MUTATE_GROUP=${selected} is not one of: ${Object.keys(groups).join(', ')}`);
}

export default {
  testRunner: 'vitest',
  // MUTATE_TYPECHECK=1: a mutant that does not type-check is reported as a compile error, not run.
  // Off by default: on the shared 2-core machine the checker cost 20-40 s per mutant (the whole
  // project is type-checked), against 2-5 s for a group's tests; without it such a mutant fails
  // at run time and counts as killed or a runtime error instead.
  ...(process.env.MUTATE_TYPECHECK === '1'
    ? { checkers: ['typescript'], tsconfigFile: 'tsconfig.json', typescriptChecker: { prioritizePerformanceOverAccuracy: true } }
    : {}),
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  // perTest: each mutant runs only the tests that executed its code.
  coverageAnalysis: 'perTest',
  mutate: selected === undefined ? Object.values(groups).flat() : (groups[selected] ?? []),
  // The machine's 2 cores are shared; one test process at a time.
  concurrency: 1,
  // Tests talk real HTTP to servers on ephemeral ports; leave room for slow starts under load.
  timeoutMS: 20000,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${selected ?? 'all'}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${selected ?? 'all'}.html` },
  jsonReporter: { fileName: `reports/mutation/${selected ?? 'all'}.json` },
  // One temp folder per group, so two groups can run side by side.
  tempDirName: `.stryker-tmp-${selected ?? 'all'}`,
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};
