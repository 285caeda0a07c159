import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// Mutation runs (stryker.config.mjs) only: the load test sends hundreds of concurrent flows and
// proves throughput, not a protection; under Stryker's instrumentation it times out and is slow.
export default mergeConfig(base, defineConfig({ test: { exclude: [...configDefaults.exclude, 'test/security/load.test.ts'] } }));
