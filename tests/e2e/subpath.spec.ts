import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';
import { test, expect } from '@playwright/test';
import { ready, snapshot, ui } from './helpers';

// The release built for a sub-path (scripts/test: trunk build --public-url /micronit/
// --dist dist-sub), served under /micronit/ of another server, as a partner's host would.
let server: Server;
let base = '';
const lnox = snapshot.teams.find((t) => t.id === 'lnox')!;

test.beforeAll(async () => {
  test.skip(!existsSync('dist-sub/index.html'), 'build dist-sub first (scripts/test does)');
  const serve = sirv('dist-sub', { single: true, dev: true });
  server = createServer((req, res) => {
    if (!req.url?.startsWith('/micronit/')) {
      res.writeHead(404).end('not the atlas');
      return;
    }
    req.url = req.url.slice('/micronit'.length);
    serve(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/micronit`;
});
test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

test('under a sub-path, every link, fetch and address stays under it', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(`${base}/`)) outside.push(r.url());
  });
  await page.goto(`${base}/`);
  await expect(page).toHaveURL(`${base}/fr/`);
  await ready(page);
  await expect(page.locator('.map-land')).toHaveCount(1);
  await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', `${base}/en/`);
  await page.getByRole('navigation', { name: ui.fr.nav_label }).getByRole('link', { name: ui.fr.nav_teams }).click();
  await expect(page).toHaveURL(`${base}/fr/teams`);
  await page.getByRole('checkbox', { name: /^Axe 2/ }).check();
  await expect(page).toHaveURL(`${base}/fr/teams?axis=2`);
  await page.locator('.team-card[data-team="lnox"]').getByRole('link').click();
  await expect(page).toHaveURL(`${base}/fr/teams/lnox`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(lnox.acronym!);
  await page.getByRole('link', { name: ui.fr.lang_switch_to }).click();
  await expect(page).toHaveURL(`${base}/en/teams/lnox`);
  await page.goBack();
  await expect(page).toHaveURL(`${base}/fr/teams/lnox`);
  // A deep link, and an unknown address, answered under the sub-path.
  await page.goto(`${base}/en/teams?status=member`);
  await ready(page);
  const members = snapshot.teams.filter((t) => t.status === 'member').length;
  await expect(page.locator('#results-count')).toHaveText(new RegExp(`^${members}\\D`));
  await page.goto(`${base}/en/nowhere`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en.not_found_title);
  expect(outside).toEqual([]);
});

test('under a sub-path, the prerendered pages are served, with the absolute addresses of the site they were built for', async ({ page, request }) => {
  // scripts/test builds dist-sub with MICRONIT_SITE_URL=https://partner.example/micronit/.
  const site = 'https://partner.example/micronit';
  const html = await (await request.get(`${base}/en/teams/lnox`)).text();
  expect(html).toContain('data-prerendered="/en/teams/lnox"');
  expect(html).toContain(`<link rel="canonical" href="${site}/en/teams/lnox">`);
  expect(html).toContain(`<meta property="og:url" content="${site}/en/teams/lnox">`);
  expect(html).toContain(`<link rel="alternate" hreflang="fr" href="${site}/fr/teams/lnox">`);
  expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${site}/">`);
  expect(html).toContain('<a href="en/teams">');
  // The app takes over and, served here, says where it is.
  await page.goto(`${base}/en/teams/lnox`);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(lnox.acronym!);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${base}/en/teams/lnox`);
});

test('under a sub-path, the coordinators\' desk loads, checks a file and previews it there', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(`${base}/`)) outside.push(r.url());
  });
  await page.goto(`${base}/en/desk`);
  await ready(page);
  await page.setInputFiles('#desk-file', new URL('../../public/data/consortium.json', import.meta.url).pathname);
  await expect(page.locator('.desk-summary h2')).toHaveText('No errors: this file can be published.');
  await page.getByRole('button', { name: 'See the site with this data' }).click();
  await expect(page).toHaveURL(`${base}/en/`);
  await ready(page);
  await expect(page.getByRole('region', { name: ui.en.sitejs_preview_label })).toBeVisible();
  await page.getByRole('link', { name: ui.en.sitejs_preview_desk }).click();
  await expect(page).toHaveURL(`${base}/en/desk`);
  expect(outside).toEqual([]);
});

test('under a sub-path of a named site, the structured data and the calendars name the site', async ({ page, request }) => {
  const html = await (await request.get(`${base}/fr/teams/lnox`)).text();
  const script = /<script type="application\/ld\+json" data-for="\/fr\/teams\/lnox">([^<]*)<\/script>/.exec(html);
  expect(script).not.toBeNull();
  const [team] = JSON.parse(script![1])['@graph'];
  expect(team['@id']).toBe('https://partner.example/micronit/fr/teams/lnox');
  expect(team.memberOf['@id']).toBe('https://partner.example/micronit/#consortium');
  const openData = await (await request.get(`${base}/fr/open-data`)).text();
  expect(openData).toContain('href="webcal://partner.example/micronit/data/events.ics"');
  // Kept by the app once it has taken the page over.
  await page.goto(`${base}/fr/teams/lnox`);
  await ready(page);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveAttribute('data-for', '/fr/teams/lnox');
});

test('a build that knows its site\'s address writes its sitemap and a robots.txt naming it; one that does not, neither', async ({ request }) => {
  const sitemap = await request.get(`${base}/sitemap.xml`);
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain('<loc>https://partner.example/micronit/fr/teams/lnox</loc>');
  expect(xml).toContain('hreflang="en" href="https://partner.example/micronit/en/teams/lnox"');
  expect(xml).not.toContain('/desk<');
  expect(await (await request.get(`${base}/robots.txt`)).text()).toContain('Sitemap: https://partner.example/micronit/sitemap.xml');
  // The build for an unnamed site: no sitemap (it needs absolute addresses), robots.txt without one.
  expect(existsSync('dist/sitemap.xml')).toBe(false);
  expect(readFileSync('dist/robots.txt', 'utf8')).not.toContain('Sitemap');
});

test('under a sub-path, a partner page embedding the map receives the frame\'s height', async ({ page }) => {
  // The partner's page, on another origin (about:blank here), listening as embed.js does.
  await page.setContent('<!doctype html><title>Partner</title><body></body>');
  await page.evaluate((src) => {
    const w = window as unknown as { heights: number[] };
    w.heights = [];
    window.addEventListener('message', (e) => {
      if (e.data?.type === 'micronit:height') w.heights.push(e.data.height);
    });
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'Micronit';
    document.body.append(frame);
  }, `${base}/fr/embed/map`);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length), { timeout: 15_000 })
    .toBeGreaterThan(0);
  const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
  expect(Math.max(...heights)).toBeGreaterThan(200);
});
