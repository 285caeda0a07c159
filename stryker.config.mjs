// Mutation testing of the security-critical modules (`npm run test:mutation`, alias `npm run mutate`;
// not part of `npm test`). A surviving mutant is a protection that can be removed without any test
// turning red. Run one group at a time to keep each run short: MUTATE_GROUP=logger npm run test:mutation
// (no MUTATE_GROUP: every group, one after another). Reports: reports/mutation/ (git-ignored);
// scripts/mutation-scores.mjs prints the per-module table from them.

/** @type {Record<string, string[]>} */
export const groups = {
  // server.ts: the pre-routing checks (path, Host, Content-Encoding, Content-Type) and their helpers.
  edge: ['src/edge/activity-policy.ts', 'src/edge/body.ts', 'src/server.ts:60-89', 'src/server.ts:155-174'],
  // Inbound authentication: the strict wrapper around botbuilder and the adapter that builds it.
  auth: ['src/auth.ts', 'src/adapter.ts'],
  // Who the sender is and in which tenant (the requester check of every confirmation).
  identity: ['src/bot/identity.ts'],
  // The logger's redaction (secrets by key at any depth, and values that look like secrets).
  logger: ['src/logger.ts'],
  // The confirmation: the signed token, the service's confirm path (from the offer's newest-card record
  // to the end of confirm()), the newest-card rule.
  reset: ['src/reset/token.ts', 'src/reset/service.ts:176-291', 'src/reset/newest-card.ts'],
  // The reset engine's outcome and verification (what "removed" means).
  engine: ['src/reset/engine.ts:60-118'],
  // The helpdesk decision: who may decide, and the approval transition.
  helpdesk: ['src/helpdesk/policy.ts', 'src/helpdesk/requests.ts:200-262'],
  text: ['src/bot/markdown.ts', 'src/mask.ts'],
  // memory.ts: the nonce claim and the compare-and-swap store.
  state: ['src/state/memory.ts:50-127', 'src/state/table/nonces.ts', 'src/state/table/pending.ts'],
  // The URL and loopback rules only.
  config: ['src/tickets/config.ts:61-65', 'src/tickets/config.ts:192-204', 'src/config.ts:304-325', 'src/config.ts:416-425'],
  // The unsafe-id check and the nextLink origin check.
  graph: ['src/graph/methods.ts:96-100', 'src/graph/methods.ts:138-159'],
};

/**
 * The tests that prove a group, where they are few: Stryker's per-test coverage would otherwise run
 * every test that merely passes through the module (every bot test logs), 25-30 s per mutant.
 * Groups not named here run every test that covers the mutant.
 */
export const groupTests = {
  logger: ['test/security/log-redaction.test.ts'],
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
