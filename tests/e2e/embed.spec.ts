import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type FrameLocator, type Page } from '@playwright/test';
import { LANGS, ready, snapshot, ui } from './helpers';

// The example partner page, served from another origin than the atlas (a free port, one
// server per test worker).
let PARTNER_PORT = 0;
let partner: Server;
test.beforeAll(async ({}, info) => {
  const atlas = `${info.project.use.baseURL}/`;
  partner = createServer((req, res) => {
    const page = readFileSync('examples/partner-page.html', 'utf8').replaceAll('https://atlas.example/', atlas);
    if (req.url === '/foreign.html') {
      // A page of the partner's origin that posts a forged height message.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<script>parent.postMessage({ type: "micronit:height", height: 3333 }, "*")</script>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const address = partner.address();
  PARTNER_PORT = typeof address === 'object' && address ? address.port : 0;
});
test.afterAll(() => new Promise<void>((resolve) => partner.close(() => resolve())));

/** A frame's height before its content says its own (embed.js's `height:480px`). */
const INITIAL_HEIGHT = 480;

const frameHeight = (page: Page, n: number) =>
  page.locator('iframe').nth(n).evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);

/** The frame's height once it has stopped changing. */
async function settledHeight(page: Page, n: number): Promise<number> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const h = await frameHeight(page, n);
    if (h === last) return h;
    last = h;
    await page.waitForTimeout(250);
  }
  return last;
}

test('a partner page shows the embedded map and a filtered list, each as tall as its content', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PARTNER_PORT}/`);
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(2);
  await expect(frames.nth(0)).toHaveAttribute('title', 'Carte des équipes du réseau Micronit');
  await expect(frames.nth(0)).toHaveAttribute('loading', 'lazy');
  const map = page.frameLocator('iframe >> nth=0');
  await expect(map.locator('.map-markers [data-m]').first()).toBeVisible();
  // No header or footer inside, and a link to the full site in a new tab.
  await expect(map.getByRole('banner')).toHaveCount(0);
  await expect(map.getByRole('link', { name: /Ouvrir sur le site de Micronit/ })).toHaveAttribute('target', '_blank');
  // The second frame loads when it comes near the screen.
  await frames.nth(1).scrollIntoViewIfNeeded();
  const list = page.frameLocator('iframe >> nth=1');
  const expected = snapshot.teams.filter((t) => (t as unknown as { tumor_types: string[] }).tumor_types.includes('acute-leukemia')).length;
  await expect(list.locator('.team-card')).toHaveCount(expected);
  // The frame takes the height of its content (not its initial 480 px).
  await expect.poll(() => frameHeight(page, 1)).not.toBe(INITIAL_HEIGHT);
  const content = await list.locator('#app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(Math.abs((await frameHeight(page, 1)) - content)).toBeLessThan(2);
});

test('an embedded map starts in the partner page with its markers in every frame painted, and sends its height once', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { heights: number[]; frames: { markers: number; text: number }[] };
    if (window === window.top) {
      w.heights = [];
      addEventListener('message', (e) => {
        if (e.data?.type === 'micronit:height') w.heights.push(e.data.height);
      });
      return;
    }
    // Inside the frame: what each painted frame shows once the page is parsed (the
    // browser may paint a page it is still parsing).
    w.frames = [];
    const tick = () => {
      const app = document.getElementById('app');
      if (document.readyState !== 'loading' && app && app.textContent!.trim()) {
        w.frames.push({ markers: app.querySelectorAll('.map-markers [data-m]').length, text: app.textContent!.trim().length });
      }
      if (w.frames.length < 400) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(`http://127.0.0.1:${PARTNER_PORT}/`);
  const map = page.frameLocator('iframe >> nth=0');
  await expect(map.locator('#app[data-prerendered]')).toHaveCount(0, { timeout: 20_000 });
  await expect(map.locator('.map-markers [data-m]').first()).toBeVisible();
  await page.waitForTimeout(1000);
  const frame = page.frames().find((f) => f.url().includes('/embed/map'))!;
  const frames = await frame.evaluate(() => (window as unknown as { frames: { markers: number; text: number }[] }).frames);
  expect(frames.length, 'frames painted').toBeGreaterThan(0);
  expect(frames.filter((f) => f.markers === 0), 'frames without markers').toEqual([]);
  // The map's frame only: the list's frame is lazy, below the fold.
  const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
  expect(heights.length, `height messages: ${JSON.stringify(heights)}`).toBe(1);
  expect(Math.abs((await frameHeight(page, 0)) - heights[0])).toBeLessThan(2);
});

/** The partner page with the list's frame in view and at the height of its content. */
async function openListFrame(page: Page) {
  await page.goto(`http://127.0.0.1:${PARTNER_PORT}/`);
  // The map's frame first takes its height: growing later, it would push the list's frame
  // out of view, where Chromium pauses a cross-origin frame's rendering (no animation
  // frame, no resize observed) until it is seen again, as a visitor scrolling to it does.
  await expect.poll(() => frameHeight(page, 0)).not.toBe(INITIAL_HEIGHT);
  await settledHeight(page, 0);
  await page.locator('iframe').nth(1).scrollIntoViewIfNeeded();
  const list = page.frameLocator('iframe >> nth=1');
  await expect(list.locator('.team-card').first()).toBeVisible();
  await expect.poll(() => frameHeight(page, 1)).not.toBe(INITIAL_HEIGHT);
  return { list, before: await settledHeight(page, 1) };
}

/** Drops the list's filter inside its frame (as its own "back" would): every team. */
async function widenListFilters(page: Page, list: FrameLocator) {
  const frame = page.frames().find((f) => f.url().includes('/embed/teams'))!;
  await frame.evaluate(() => {
    history.pushState(null, '', location.pathname);
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(list.locator('.team-card')).toHaveCount(snapshot.teams.length);
}

test('the frame follows its content when the filters change, and ignores foreign messages', async ({ page }) => {
  const { list, before } = await openListFrame(page);
  // A wider filter inside the frame: more teams, a taller frame.
  await widenListFilters(page, list);
  await expect.poll(() => frameHeight(page, 1), { timeout: 20_000 }).toBeGreaterThan(before + 200);
  const tall = await settledHeight(page, 1);
  // A message from another origin, or from a frame that is not the atlas's, changes nothing.
  await page.evaluate(() => window.postMessage({ type: 'micronit:height', height: 50 }, '*'));
  await page.evaluate((port) => {
    const f = document.createElement('iframe');
    f.src = `http://localhost:${port}/foreign.html`;
    document.body.appendChild(f);
  }, PARTNER_PORT);
  await page.waitForTimeout(500);
  expect(await frameHeight(page, 1)).toBe(tall);
});

test('a frame whose content changed out of view takes its height once scrolled to', async ({ page }) => {
  const { list, before } = await openListFrame(page);
  // Back to the top: the list's frame is out of view when its filters widen.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator('iframe').nth(1)).not.toBeInViewport();
  await widenListFilters(page, list);
  await page.locator('iframe').nth(1).scrollIntoViewIfNeeded();
  await expect.poll(() => frameHeight(page, 1), { timeout: 20_000 }).toBeGreaterThan(before + 200);
  const content = await list.locator('#app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(Math.abs((await settledHeight(page, 1)) - content)).toBeLessThan(2);
});

for (const lang of LANGS) {
  for (const path of [`/${lang}/embed/map?axis=2`, `/${lang}/embed/teams?status=member`, `/${lang}/embed/teams/lnox`]) {
    test(`axe-core finds no violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      await ready(page);
      await expect(page.getByRole('link', { name: ui[lang].embed_open })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
}

test('"Embed this view" writes the code for the directory with its filters, and copies it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/teams?axis=2&status=member');
  await ready(page);
  await page.getByText('Embed this view in another site').click();
  const code = page.getByRole('textbox', { name: 'Code to paste' });
  await expect(code).toHaveValue(
    `<div data-micronit-embed="teams" data-lang="en" data-filters="axis=2&amp;status=member"></div>\n<script src="${baseURL}/embed.js" async></script>`,
  );
  await page.getByRole('combobox', { name: 'View to embed' }).selectOption('map');
  await expect(code).toHaveValue(/data-micronit-embed="map"/);
  await page.getByRole('button', { name: 'Copy the code' }).click();
  await expect(page.getByText('Code copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('data-micronit-embed="map"');
  // On a team page, the team itself.
  await page.goto('/fr/teams/lnox');
  await ready(page);
  await page.getByText('Intégrer cette vue sur un autre site').click();
  await expect(page.getByRole('textbox', { name: 'Code à coller' })).toHaveValue(/data-micronit-embed="teams\/lnox" data-lang="fr"><\/div>/);
});
