// What the browser benchmarks share: a synthetic snapshot of N teams from the data
// tool, the release build (dist/) served on a local port, and Debian's Chromium.
import { spawn, execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

export async function benchBrowser(teams, port) {
  const synthetic = execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'micronit-data', '--', 'synth', '--teams', String(teams)], {
    maxBuffer: 1 << 30,
  }).toString();
  const server = spawn('node_modules/.bin/sirv', ['dist', '--single', '--port', String(port), '--host', '127.0.0.1', '--quiet'], {
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 800));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    synthetic,
    browser,
    close: async () => {
      await browser.close();
      server.kill();
    },
  };
}
