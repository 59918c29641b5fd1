import { defineConfig } from 'vitest/config';

// chdb binds one data directory per process: test files run in forked processes, each with its own
// directory. Three projects, all run by `npm test`:
// - unit: pure code, no tool beyond Node (`npm run test:unit`);
// - tools: tests that need a tool of the machine or the embedded ClickHouse engine (test/tools/:
//   docker-compose, promtool, chdb data directories) (`npm run test:tools`);
// - integration: real Kafka broker from test/global-setup.ts (started once), rsyslog, processes.
export default defineConfig({
  test: {
    pool: 'forks',
    isolate: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/integration/**', 'test/tools/**'],
        },
      },
      {
        extends: true,
        test: { name: 'tools', include: ['test/tools/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
