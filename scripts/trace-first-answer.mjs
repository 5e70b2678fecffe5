// Where the time to the first answer goes on a slow phone: the measure of
// ../shared/peers/first-answer.mjs (Slow 4G: 1.6 Mbps down, 150 ms; the CPU four times
// slower; a 390 px phone; "Tours" typed in the directory's search box as soon as it shows),
// with the page's network waterfall (resource timing: when each file was asked for, began
// to arrive and was all there, and its bytes on the wire), the paints, the app's marks
// (`micronit:*`) and the main thread's long animation frames with the scripts they ran.
// Prints figures; asserts nothing. Serves the release build in dist/ as production does
// (scripts/prepare-prod.mjs, deploy/Caddyfile): run `trunk build --release` first.
//
//   node scripts/trace-first-answer.mjs [path] [rounds]     (default: /fr/teams 1)
//   NET=0 / CPU=0: no network throttling / no CPU slowdown.
import { spawn, execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const [path = '/fr/teams', rounds = '1'] = process.argv.slice(2);
const port = 8131;
const dist = process.env.DIST ?? 'dist';
const csp = execFileSync('node', ['scripts/prepare-prod.mjs', dist], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop();
const server = spawn('caddy', ['run', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], {
  env: { ...process.env, MICRONIT_ROOT: dist.startsWith('/') ? dist : `${process.cwd()}/${dist}`, MICRONIT_PORT: String(port), MICRONIT_CSP: csp },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 50; i++) {
  if (await fetch(`${base}/`).then((r) => r.ok, () => false)) break;
  await new Promise((r) => setTimeout(r, 100));
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ms = (x) => `${Math.round(x)}`.padStart(6);

async function run() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  // Long animation frames from the start (the observer of a later script sees none before it).
  await page.addInitScript(() => {
    window.__frames = [];
    try {
      new PerformanceObserver((list) => window.__frames.push(...list.getEntries().map((e) => e.toJSON())))
        .observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      // An older browser: no frames listed.
    }
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (process.env.NET !== '0') {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  }
  if (process.env.CPU !== '0') await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${base}${path}`, { waitUntil: 'commit' });
  const search = page.locator('main input[type=search]:visible').first();
  await search.waitFor({ state: 'visible', timeout: 60000 });
  const shown = await page.evaluate(() => performance.now());
  await search.pressSequentially('Tours');
  await page.waitForFunction(() => {
    const text = document.querySelector('main:not([hidden])')?.innerText ?? '';
    return /\b[0-9]+ équipes?\b/.test(text) && !/\b27 équipes\b/.test(text);
  }, null, { timeout: 60000, polling: 5 });
  const answered = await page.evaluate(() => performance.now());
  const seen = await page.evaluate(() => ({
    navigation: performance.getEntriesByType('navigation')[0].toJSON(),
    resources: performance.getEntriesByType('resource').map((e) => e.toJSON()),
    paints: performance.getEntriesByType('paint').map((e) => e.toJSON()),
    marks: performance.getEntriesByType('mark').map((e) => e.toJSON()),
    frames: window.__frames,
  }));
  await context.close();
  return { shown, answered, ...seen };
}

const short = (url) => {
  const name = new URL(url, base).pathname;
  return name.length > 38 ? `…${name.slice(-37)}` : name;
};
try {
  for (let round = 1; round <= +rounds; round++) {
    const r = await run();
    console.log(`\n${path}, round ${round}: input shown ${ms(r.shown)} ms, first answer ${ms(r.answered)} ms`);
    console.log('\nnetwork (ms from navigation)      asked  1st byte   all there   KB on the wire  priority');
    const rows = [r.navigation, ...r.resources].sort((a, b) => a.startTime - b.startTime);
    for (const e of rows) {
      const kb = (e.transferSize / 1024).toFixed(1).padStart(7);
      console.log(`  ${short(e.name).padEnd(38)}${ms(e.startTime)}  ${ms(e.responseStart)}    ${ms(e.responseEnd)}   ${kb}         ${e.renderBlockingStatus === 'blocking' ? 'render-blocking' : (e.initiatorType ?? '')}`);
    }
    const wire = rows.reduce((sum, e) => sum + (e.transferSize || 0), 0);
    console.log(`  in all: ${(wire / 1024).toFixed(1)} KB before the answer`);
    console.log('\npaints and marks');
    for (const e of [...r.paints, ...r.marks].sort((a, b) => a.startTime - b.startTime)) {
      console.log(`  ${ms(e.startTime)}  ${e.name}`);
    }
    console.log('\nlong animation frames (over 50 ms): start, length, blocking, and the scripts in them');
    for (const f of r.frames) {
      console.log(`  ${ms(f.startTime)} ${ms(f.duration)} ${ms(f.blockingDuration)}  ` +
        f.scripts.map((s) => `${s.invoker || s.invokerType} ${Math.round(s.duration)} ms`).join('; '));
    }
  }
} finally {
  await browser.close();
  server.kill();
}
