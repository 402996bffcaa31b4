import { defineConfig } from 'vitest/config';

// Browser journeys against the running platform (GATEWAY_URL, default http://localhost:8080):
// playwright-core drives the system's Chromium; one journey at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    // a long journey with an axe check after every step takes minutes on the shared machine
    testTimeout: 240_000,
    hookTimeout: 60_000,
    // the shared machine answers slowly at times: a state change may take more than the default 1 s
    expect: { poll: { timeout: 15_000 } },
    fileParallelism: false,
    reporters: ['verbose'],
  },
});
