import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import { test, expect, type Page } from '@playwright/test';
import { ready, snapshot } from './helpers';

test.use({ serviceWorkers: 'allow' });

const lnox = snapshot.teams.find((t) => t.id === 'lnox')!;

async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
}

test('after one visit, the site works offline: home page and a deep link, from the cached snapshot', async ({ page, context }) => {
  await page.goto('/fr/');
  await ready(page);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Micronit');
  await expect(page.locator('#network-status')).toHaveText(/Hors ligne/);
  await page.goto('/fr/teams/lnox');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(lnox.acronym!);
  // The map's outline came from the cache too (it is drawn: it has a size).
  const land = page.locator('.locator .map-land');
  await expect(land).toHaveCount(1);
  await expect.poll(() => land.evaluate((u) => (u as SVGGraphicsElement).getBBox().width)).toBeGreaterThan(1000);
  await context.setOffline(false);
  await expect(page.locator('#network-status')).toBeHidden();
});

test('the site can be installed: a manifest with names, colours and icons', async ({ page, request }) => {
  await page.goto('/en/');
  await ready(page);
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await request.get(`/${href}`)).json();
  expect(manifest.name).toContain('Micronit');
  expect(manifest.short_name).toBe('Micronit');
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('./');
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const response = await request.get(`/${icon.src}`);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
  }
});

/** A copy of the build that a test can change, served without caching on `port`. */
async function serveCopy(port: number): Promise<{ dir: string; server: Server }> {
  const dir = mkdtempSync(join(tmpdir(), 'micronit-dist-'));
  cpSync('dist', dir, { recursive: true });
  const serve = sirv(dir, { single: true, dev: true });
  const server = createServer((req, res) => serve(req, res));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { dir, server };
}

test.describe('a new version published while a page is open', () => {
  let server: Server;
  let dir: string;
  const port = 4176;
  test.beforeAll(async () => {
    ({ dir, server } = await serveCopy(port));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())).then(() => rmSync(dir, { recursive: true, force: true })));

  test('is offered, and accepting it shows the new version', async ({ page }) => {
    const base = `http://127.0.0.1:${port}`;
    await page.goto(`${base}/en/teams`);
    await ready(page);
    await controlled(page);
    await expect(page.locator('#update-notice')).toHaveCount(0);
    // Publish: other pages (the shell and the rendered page) and a service worker of
    // another version.
    for (const page of ['index.html', 'en/teams/index.html']) {
      const html = readFileSync(join(dir, page), 'utf8');
      writeFileSync(join(dir, page), html.replace('<title>', '<meta name="micronit-build" content="2"><title>'));
    }
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    writeFileSync(join(dir, 'sw.js'), sw.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-2'"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.locator('#update-notice');
    await expect(notice).toContainText('A new version of the site is available.');
    // The old version keeps working meanwhile.
    await page.getByRole('checkbox', { name: /^Axis 1:/ }).check();
    await expect(page).toHaveURL(/axis=1/);
    await notice.getByRole('button', { name: 'Update' }).click();
    await expect(page.locator('meta[name=micronit-build]')).toHaveAttribute('content', '2');
    await ready(page);
    await expect(page).toHaveURL(/\/en\/teams\?axis=1/);
    await expect(page.locator('#update-notice')).toHaveCount(0);
  });
});

test.describe('a broken snapshot fixed on the server while the service worker holds it', () => {
  let server: Server;
  let dir: string;
  const port = 4177;
  const good = readFileSync('dist/data/consortium.json', 'utf8');
  test.beforeAll(async () => {
    ({ dir, server } = await serveCopy(port));
    writeFileSync(join(dir, 'data/consortium.json'), good.slice(0, 500));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())).then(() => rmSync(dir, { recursive: true, force: true })));

  test('"Retry" shows the fixed data at once, and the refused copy is not served again', async ({ page }) => {
    const base = `http://127.0.0.1:${port}`;
    await page.goto(`${base}/en/about`);
    await controlled(page);
    // The worker precached the broken copy at install, and answers from it.
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('not valid JSON');
    writeFileSync(join(dir, 'data/consortium.json'), good);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Micronit');
    // And the copy the worker keeps now is the fixed one, offline too.
    await page.context().setOffline(true);
    await page.reload();
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Micronit');
    await page.context().setOffline(false);
  });
});
