import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { LANGS, routes, ready } from './helpers';

// The release build served by Caddy as in production (deploy/Caddyfile, scripts/prod).
test.describe.configure({ mode: 'serial' });
let caddy: ChildProcess;
const port = 4310;
const base = `http://127.0.0.1:${port}`;

test.beforeAll(async () => {
  const csp = execFileSync('node', ['scripts/prepare-prod.mjs', 'dist'], { encoding: 'utf8' }).trim();
  caddy = spawn('caddy', ['run', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], {
    env: { ...process.env, MICRONIT_ROOT: `${process.cwd()}/dist`, MICRONIT_PORT: String(port), MICRONIT_CSP: csp },
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('caddy did not start');
});
test.afterAll(() => caddy?.kill());

test('a hashed file is kept even when trunk wrote its hash with fewer digits', async ({ request }) => {
  // trunk writes the hash without its leading zeros: one build in sixteen has 15 digits.
  const script = readdirSync('dist').find((f) => /^site-[0-9a-f]+\.js$/.test(f))!;
  const short = 'site-0123456789abcde.js';
  copyFileSync(join('dist', script), join('dist', short));
  try {
    const r = await request.get(`${base}/${short}`);
    expect(r.headers()['content-type']).toContain('text/javascript');
    expect(r.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  } finally {
    unlinkSync(join('dist', short));
  }
});

test('the server sends precompressed files, answers deep links, caches hashed files and sets the security headers', async ({ request }) => {
  const page = await request.get(`${base}/en/teams/lnox`);
  expect(page.status()).toBe(200);
  // A prerendered page for a page of the site, the app's shell for any other address.
  expect(await page.text()).toMatch(/<div id="?app"? data-prerendered="\/en\/teams\/lnox"/);
  for (const path of ['/en/teams/lnox/', '/fr']) {
    expect(await (await request.get(`${base}${path}`)).text(), path).toContain('data-prerendered=');
  }
  const other = await request.get(`${base}/en/teams/no-such-team`);
  expect(other.status()).toBe(200);
  expect(await other.text()).toMatch(/<div id="?app"?>/);
  const h = page.headers();
  expect(h['cache-control']).toBe('no-cache');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('geolocation=()');
  const csp = h['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).not.toContain('unsafe-inline');
  // The style sheet is in each page (index.html): allowed by its hash, like the inline scripts.
  expect(csp).toMatch(/style-src 'self' 'sha256-[^']+'/);
  expect(csp).toContain("frame-ancestors 'none'");
  const embed = await request.get(`${base}/fr/embed/map`);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  // The site's script is named after its content like the app, so that a page never
  // runs another build's (the rendered pages rely on it to start the app).
  const site = readdirSync('dist').find((f) => /^site-[0-9a-f]{8,16}\.js$/.test(f))!;
  expect(await (await request.get(`${base}/fr/teams`)).text()).toMatch(new RegExp(`src="?/${site.replace('.', '\\.')}"?[ >]`));
  expect((await request.get(`${base}/${site}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const wasm = readdirSync('dist').find((f) => f.endsWith('_bg.wasm'))!;
  for (const [encoding, expected] of [['br', 'br'], ['gzip', 'gzip']]) {
    const r = await request.get(`${base}/${wasm}`, { headers: { 'accept-encoding': encoding } });
    expect(r.headers()['content-encoding']).toBe(expected);
    expect(r.headers()['content-type']).toBe('application/wasm');
    expect(r.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  }
  for (const path of ['/sw.js', '/data/consortium.json', '/index.html']) {
    expect((await request.get(`${base}${path}`)).headers()['cache-control'], path).toBe('no-cache');
  }
  // The open data files, with their media types, fetchable from any site.
  for (const [path, type] of [
    ['/data/teams.geojson', 'application/geo+json'],
    ['/data/teams.csv', 'text/csv'],
    ['/data/events.ics', 'text/calendar; charset=utf-8'],
    ['/fr/news/feed.atom', 'application/atom+xml; charset=utf-8'],
    ['/en/news/feed.atom', 'application/atom+xml; charset=utf-8'],
  ]) {
    const r = await request.get(`${base}${path}`);
    expect(r.status(), path).toBe(200);
    expect(r.headers()['content-type'], path).toContain(type);
    expect(r.headers()['access-control-allow-origin'], path).toBe('*');
  }
});

async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

for (const lang of LANGS) {
  test(`every page in ${lang} works under the Content-Security-Policy, with no violation`, async ({ page }) => {
    const violations = await watchCsp(page);
    for (const { path, h1 } of [
      ...routes(lang),
      { path: `/${lang}/embed/map?axis=2`, h1: /./ },
      { path: `/${lang}/embed/teams?status=member`, h1: /./ },
    ]) {
      await page.goto(`${base}${path}`);
      await ready(page);
      if (typeof h1 === 'string') await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    }
    // The map and the team page's locator drew (their outline is fetched).
    await page.goto(`${base}/${lang}/`);
    await expect(page.locator('.map-markers [data-m]').first()).toBeAttached();
    expect(violations).toEqual([]);
  });
}
