import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Hang bounds, not speed checks: three suites at once on two cores took a spawned bot over 10 s
    // to start and a 50-user test most of 20 s (issue 17). Timing is `npm run bench`'s.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Files and the tests in each in random order, every run (the seed is printed: rerun one with
    // --sequence.seed=N): tests must pass alone and in any order (issue 17).
    sequence: { shuffle: true },
    // restify reads process.binding('http_parser') at import (DEP0111); npm start passes the same flag.
    execArgv: ['--disable-warning=DEP0111'],
  },
});
