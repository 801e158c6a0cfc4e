import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the demo page in headless Chromium. Needs `npm run demo:web` (or the
// build plus the demo build) and a Chromium binary; kept out of `npm test`.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
