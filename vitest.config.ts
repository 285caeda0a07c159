import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // restify reads process.binding('http_parser') at import (DEP0111); npm start passes the same flag.
    execArgv: ['--disable-warning=DEP0111'],
  },
});
