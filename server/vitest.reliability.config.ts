// The reliability suite (`npm run test:reliability`): crashes, replicas, the NATS bridge and
// request fuzzing against real processes on the machine's PostgreSQL. Files run one at a time —
// they start servers and kill them — and every test is bounded in time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['reliability/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    env: { TZ: process.env.TZ ?? 'Asia/Shanghai' },
  },
});
