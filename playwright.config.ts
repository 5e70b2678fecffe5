import { defineConfig } from '@playwright/test';

const port = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    // Tests that stub the network must not have a service worker in between; the
    // offline tests allow it (tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
    trace: 'off',
    launchOptions: {
      // Debian's Chromium: Playwright must not download a browser of its own.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The release build in dist/, with deep links answered by index.html.
  webServer: {
    command: `node_modules/.bin/sirv dist --single --port ${port} --host 127.0.0.1 --quiet`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});
