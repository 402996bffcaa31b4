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
    fileParallelism: false,
    // expect.poll waits 1 s by default: too short for a page that reloads after an action on
    // a busy 2-core machine (the clerk's accepted state arrived after the poll gave up)
    expect: { poll: { timeout: 20_000, interval: 200 } },
    reporters: ['verbose'],
  },
});
