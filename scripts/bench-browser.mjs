// What the browser benchmarks share: a synthetic snapshot of N teams from the data
// tool, the release build (dist/) served on a local port, and Debian's Chromium.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The figures of the last run of benchmark `name` on this machine (kept under target/,
 * which git ignores), replaced by `figures`: printed side by side.
 */
export function previous(name, figures) {
  const file = `target/bench/${name}.json`;
  let before = {};
  try {
    if (existsSync(file)) before = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // An unreadable file is only an old figure lost.
  }
  mkdirSync('target/bench', { recursive: true });
  writeFileSync(file, JSON.stringify(figures));
  return (key) => (typeof before[key] === 'number' ? `(previous run: ${before[key].toFixed(1)} ms)` : '(no previous run here)');
}

export async function benchBrowser(teams, port) {
  const synthetic = execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'micronit-data', '--', 'synth', '--teams', String(teams)], {
    maxBuffer: 1 << 30,
  }).toString();
  const server = spawn('node_modules/.bin/sirv', [process.env.DIST ?? 'dist', '--single', '--port', String(port), '--host', '127.0.0.1', '--quiet'], {
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

/**
 * A new page of `browser` on the directory (`/en/teams`) of the build served at `port`,
 * given the `synthetic` snapshot, once the app has drawn it; and how long that took (load,
 * parse, validate, render), in ms.
 */
export async function openDirectory(browser, synthetic, port) {
  const page = await browser.newPage();
  await page.route('**/data/consortium.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: synthetic }));
  const t0 = Date.now();
  await page.goto(`http://127.0.0.1:${port}/en/teams`);
  await page.locator('#app[data-app] .team-card').first().waitFor({ timeout: 120_000 });
  return { page, ms: Date.now() - t0 };
}
