import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// Mutation runs (stryker.config.mjs) only: the load test sends hundreds of concurrent flows and
// proves throughput, not a protection; under Stryker's instrumentation it times out and is slow.
// In a fixed order (the base shuffles): a mutant's verdict must not depend on a random seed.
const config = mergeConfig(base, defineConfig({ test: { exclude: [...configDefaults.exclude, 'test/security/load.test.ts'], sequence: { shuffle: false } } }));
// MUTATE_TESTS (set by stryker.config.mjs for some groups): only the tests that prove that group
// (set, not merged: mergeConfig would append to the base's include).
const only = process.env.MUTATE_TESTS?.split(',').filter(Boolean);
if (only?.length && config.test) config.test.include = only;
export default config;
