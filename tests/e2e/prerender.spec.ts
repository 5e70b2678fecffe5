// Pages rendered at build time (src/render.rs): what is served before any script runs,
// the pages without scripts, and the app hydrating them without a flash.
import { existsSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { LANGS, routes, snapshot, ui, ready, holdBack, type Lang } from './helpers';

const teams = snapshot.teams as (typeof snapshot.teams[number] & { axes: number[] })[];

/** Every page of the site in one language, as addresses. */
function pages(lang: Lang): string[] {
  return [
    `/${lang}/`,
    `/${lang}/teams`,
    ...teams.map((t) => `/${lang}/teams/${t.id}`),
    ...snapshot.axes.map((a) => `/${lang}/axes/${a.number}`),
    `/${lang}/news`,
    ...snapshot.news.map((n) => `/${lang}/news/${n.slug}`),
    ...['events', 'partners', 'about', 'legal', 'accessibility'].map((p) => `/${lang}/${p}`),
  ];
}

const WASM = /_bg\.wasm$/;
/** The outline drawn from `map/land.svg#{id}`, whatever the order of the attributes. */
const useOf = (id: string) =>
  new RegExp(`<use (href="map/land\\.svg#${id}" class="map-land"|class="map-land" href="map/land\\.svg#${id}")>`);
const saved = '#app[data-prerendered]';

/** Every embedded view in one language. */
const embeds = (lang: Lang) => [`/${lang}/embed/map`, `/${lang}/embed/teams`, ...teams.map((t) => `/${lang}/embed/teams/${t.id}`)];

test('every page of the site and every embedded view is prerendered in both languages', () => {
  for (const lang of LANGS) {
    for (const path of [...pages(lang), ...embeds(lang)]) {
      expect(existsSync(`dist${path.replace(/\/?$/, '/')}index.html`), path).toBe(true);
    }
    expect(existsSync(`dist/${lang}/404.html`)).toBe(true);
  }
  expect(existsSync('dist/404.html')).toBe(true);
});

// What each page's HTML holds (heading, title, description, addresses, Open Graph, the
// embedded views' markers and cards) is read natively, from the app's own rendering:
// tests/render.rs.

test('the outline of France is one file that the prerendered maps use, as the app does', async ({ request }) => {
  const svg = await request.get('/map/land.svg');
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  const outline = await svg.text();
  expect(outline).toMatch(/<path id="land" vector-effect="non-scaling-stroke" d="M[^"]{1000,}"/);
  expect(outline).toMatch(/<path id="land-scaled" d="M/);
  const home = await (await request.get('/fr/')).text();
  expect(home).toMatch(useOf('land'));
  expect(home).not.toContain('<path class="map-land"');
  const team = await (await request.get('/en/teams/lnox')).text();
  expect(team).toMatch(useOf('land-scaled'));
});

test('an address with no prerendered page still gets the app: an unknown team, in its language', async ({ page, request }) => {
  const html = await (await request.get('/en/teams/no-such-team')).text();
  // The app's shell: its #app names no page (its style and start name the attribute).
  expect(html).toMatch(/<div id="?app"?>/);
  await page.goto('/en/teams/no-such-team');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en.not_found_title);
  await expect(page.locator('#app')).toHaveAttribute('data-app', 'drawn');
});

test.describe('with scripts disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every prerendered page is readable, in both languages', async ({ page }) => {
    for (const lang of LANGS) {
      for (const route of routes(lang)) {
        await page.goto(route.path);
        await expect(page.getByRole('heading', { level: 1 }), route.path).toHaveText(route.h1);
        await expect(page.locator('footer')).toBeVisible();
      }
    }
  });

  test('an address with no prerendered page says so and leads to the home pages', async ({ page }) => {
    await page.goto('/en/teams/no-such-team');
    // (Playwright's text and role locators do not look inside <noscript>.)
    const note = page.locator('noscript p[lang=en]');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Without JavaScript this address cannot be shown');
    await note.locator('a').click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(routes('en')[0].h1);
  });

  test('the directory lists every team and says its controls need scripts; links lead to their pages', async ({ page }) => {
    await page.goto('/en/teams');
    const cards = page.locator('main .team-card');
    await expect(cards).toHaveCount(teams.length);
    for (const team of teams) {
      await expect(cards.getByRole('link', { name: team.name.en }).first()).toBeVisible();
    }
    await expect(page.locator('.needs-script')).toHaveText(/need JavaScript/);
    await expect(page.getByRole('searchbox')).toBeHidden();
    const boxes = await page.locator('input[type=checkbox]').all();
    expect(boxes.length).toBeGreaterThan(5);
    for (const box of boxes) await expect(box).toBeHidden();
    // A team's link, then the navigation, the language switch and the skip link.
    const team = teams[3];
    await cards.getByRole('link', { name: team.name.en }).first().click();
    await expect(page).toHaveURL(new RegExp(`/en/teams/${team.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(team.name.en);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'News' }).click();
    await expect(page).toHaveURL(/\/en\/news$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en.news_title);
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/news$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.fr.news_title);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/fr\/news#main$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.fr.news_title);
  });
});

/** From the first script on: layout shifts (not caused by input) and, at every frame, what
 * `main` shows. */
async function watchStartUp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number; frames: { h1: string; chars: number; saved: boolean }[] };
    w.shifts = 0;
    w.frames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.shifts += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    const tick = () => {
      const main = document.querySelector('#app main') as HTMLElement | null;
      if (main) {
        // What is shown: nothing when main is not drawn (display: none).
        const shown = main.getClientRects().length > 0;
        w.frames.push({
          h1: shown ? (main.querySelector('h1')?.textContent ?? '') : '',
          chars: shown ? main.innerText.trim().length : 0,
          saved: !!document.querySelector('#app[data-prerendered]'),
        });
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

for (const [path, width] of [['/fr/', 1280], ['/en/teams', 390], ['/fr/teams/lnox', 1280]] as const) {
  test(`start-up of ${path} at ${width} px: every frame shows the page, nothing moves`, async ({ page, context }) => {
    await page.setViewportSize({ width, height: 800 });
    await watchStartUp(page);
    const release = await holdBack(page, WASM);
    // Every frame the browser paints, as PNG.
    const cdp = await context.newCDPSession(page);
    const shots: string[] = [];
    cdp.on('Page.screencastFrame', (frame) => {
      shots.push(frame.data);
      cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => {});
    });
    await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
    await page.goto(path);
    await expect(page.locator(`${saved} main h1`)).toBeVisible();
    await page.waitForTimeout(400);
    release();
    await ready(page);
    await page.waitForTimeout(400);
    await cdp.send('Page.stopScreencast');

    const { shifts, frames } = await page.evaluate(() => {
      const w = window as unknown as { shifts: number; frames: { h1: string; chars: number; saved: boolean }[] };
      return { shifts: w.shifts, frames: w.frames };
    });
    expect(shifts, 'cumulative layout shift').toBeLessThanOrEqual(0.01);
    const h1 = await page.locator('main h1').textContent();
    const chars = await page.locator('main').evaluate((m) => (m as HTMLElement).innerText.trim().length);
    expect(frames.some((f) => f.saved), 'frames of the prerendered page').toBe(true);
    expect(frames.some((f) => !f.saved), 'frames of the app').toBe(true);
    // From the first frame the page is drawn in to the last, main shows the page: the
    // saved page (whole once parsed; the browser may paint while it parses), then the
    // app's, with all its text from the first frame.
    const first = frames.findIndex((f) => f.h1 === h1);
    expect(first).toBeGreaterThanOrEqual(0);
    const wrong = frames
      .slice(first)
      .filter((f) => f.h1 !== h1 || f.chars === 0 || (!f.saved && f.chars < chars * 0.9));
    expect(wrong, 'frames not showing the page').toEqual([]);

    // The pixels: once the header is painted, main is never (nearly) empty.
    const header = (await page.locator('header.site-header').boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    const area = { x: main.x, y: main.y, width: main.width, height: Math.min(main.height, 800 - main.y) };
    // The screencast sends a frame when the pixels change: the page painted with its style
    // at once and hydrated without a change may give as few as one or two.
    expect(shots.length).toBeGreaterThan(0);
    const lab = await context.newPage();
    const ink = await lab.evaluate(
      async ({ shots, header, area, width }) => {
        const canvas = document.createElement('canvas');
        const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
        // The share of pixels of a box that differ from its most common colour.
        const share = (box: { x: number; y: number; width: number; height: number }, scale: number) => {
          const data = ctx.getImageData(box.x * scale, box.y * scale, Math.max(1, box.width * scale), Math.max(1, box.height * scale)).data;
          const counts = new Map<number, number>();
          for (let i = 0; i < data.length; i += 4) {
            const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          const common = [...counts].sort((a, b) => b[1] - a[1])[0][0];
          const [r, g, b] = [common >> 16, (common >> 8) & 255, common & 255];
          let other = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) > 60) other += 1;
          }
          return { other: other / (data.length / 4), white: r + g + b > 740 };
        };
        const out = [];
        for (const shot of shots) {
          const img = new Image();
          img.src = `data:image/png;base64,${shot}`;
          await img.decode();
          canvas.width = img.width;
          canvas.height = img.height;
          ctx.drawImage(img, 0, 0);
          const scale = img.width / width;
          out.push({ header: share(header, scale), main: share(area, scale).other });
        }
        return out;
      },
      { shots, header: { ...header, x: 0, y: 0 }, area, width },
    );
    await lab.close();
    // From the first frame with the page painted to the last, the header and main are
    // (a loading message or an empty main would have a small share of the final ink).
    const painted = ink.slice(ink.findIndex((f) => !f.header.white));
    expect(painted.length, 'frames with the page painted').toBeGreaterThan(0);
    const last = painted[painted.length - 1].main;
    expect(last).toBeGreaterThan(0.01);
    for (const [i, f] of painted.entries()) {
      expect(f.header.white, `frame ${i} of ${painted.length}: header`).toBe(false);
      expect(f.main, `frame ${i} of ${painted.length}: main`).toBeGreaterThan(last * 0.3);
    }
  });
}

// The app hydrates the page it is served: the elements the visitor sees are the ones it
// runs, with every part of the page there from the first paint. (A map's markers are
// grouped again at the size its box is measured at, and written anew.)
const parts = [
  ['/fr/', ['header a', 'footer a', '.home-map .map-canvas', '.home-map .map-controls button', 'main table']],
  ['/en/embed/map', ['main .map-markers', 'main .map-canvas', 'main .map-controls button', 'main .map-legend', 'main .map-help']],
  ['/en/teams', ['header a', 'footer a', 'main fieldset', 'main .team-map', 'main .team-card', 'main .matrix-block']],
  ['/fr/teams/lnox', ['header a', 'footer a', 'main .fields', 'main .locator', 'main .close-teams li', 'main .citation']],
] as const;
for (const [path, selectors] of parts) {
  test(`the app hydrates ${path}: the served elements are the app's, whole`, async ({ page }) => {
    await page.addInitScript((selectors) => {
      const w = window as unknown as { served: Element[][] };
      document.addEventListener('DOMContentLoaded', () => {
        w.served = selectors.map((s) => [...document.querySelectorAll(`#app ${s}`)]);
      });
    }, [...selectors]);
    await page.goto(path);
    await ready(page);
    await expect(page.locator('#app')).toHaveAttribute('data-app', 'hydrated');
    const kept = await page.evaluate((selectors) => {
      const w = window as unknown as { served: Element[][] };
      return selectors.map((s, i) => {
        const now = [...document.querySelectorAll(`#app ${s}`)];
        return { part: s, served: w.served[i].length, same: now.length === w.served[i].length && now.every((el, k) => el === w.served[i][k]) };
      });
    }, [...selectors]);
    for (const part of kept) {
      expect(part.served, `${part.part} on the served page`).toBeGreaterThan(0);
      expect(part.same, `${part.part}: the served elements, not new ones`).toBe(true);
    }
  });
}

test('the app takes over where the reader is: scroll position and focus', async ({ page }) => {
  const release = await holdBack(page, WASM);
  await page.goto('/en/teams');
  const link = page.locator(`${saved} .team-card a`).nth(8);
  await link.focus();
  await page.evaluate(() => window.scrollBy(0, 120));
  const name = await link.textContent();
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(200);
  release();
  await ready(page);
  const focused = await page.evaluate(() => ({
    text: document.activeElement?.textContent,
    inApp: !!document.activeElement?.closest('#app:not([data-prerendered])'),
    y: window.scrollY,
  }));
  expect(focused).toEqual({ text: name, inApp: true, y });
});

test('what was typed or ticked before the app came is kept, and the query string applied', async ({ page, context }) => {
  const release = await holdBack(page, WASM);
  await page.goto('/fr/teams?status=member');
  await page.locator(`${saved} #team-search`).fill('lyon');
  await page.locator(saved).getByRole('checkbox', { name: /^Axe 2/ }).check();
  release();
  await ready(page);
  await expect(page).toHaveURL(/[?&]q=lyon/);
  await expect(page).toHaveURL(/[?&]axis=2/);
  await expect(page).toHaveURL(/[?&]status=member/);
  await expect(page.locator('#team-search')).toHaveValue('lyon');
  // The same view as opening its address.
  const direct = await context.newPage();
  await direct.goto(page.url());
  await ready(direct);
  const count = await direct.locator('#results-count').textContent();
  await expect(page.locator('#results-count')).toHaveText(count!);
  await expect(page.locator('main .team-card')).toHaveCount(await direct.locator('main .team-card').count());

  // The query string alone: the prerendered directory lists every team, the app the few.
  await direct.goto('/en/teams?axis=2');
  await ready(direct);
  await expect(direct.locator('main .team-card')).toHaveCount(teams.filter((t) => t.axes.includes(2)).length);
});

test('a link followed before the snapshot came leads to its page', async ({ page }) => {
  const release = await holdBack(page, /data\/consortium\.json/);
  await page.goto('/en/teams');
  await page.locator(saved).getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'News' }).click();
  await expect(page).toHaveURL(/\/en\/news$/);
  release();
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en.news_title);
});

test('the prerendered page and the app show the same text and title, on every page sampled', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  // The coordinators' desk draws itself in its page once its own code is there: the page
  // is compared without it, as the build wrote it.
  await page.route(/\/desk\/micronit-desk-/, () => {});
  for (const lang of LANGS) {
    for (const route of routes(lang)) {
      const release = await holdBack(page, WASM);
      await page.goto(route.path);
      const before = await page.locator(`${saved} main`).innerText();
      const title = await page.title();
      release();
      await ready(page);
      // A build not told the site's address (MICRONIT_SITE_URL) writes the page's own
      // address (the team pages' citation) from the host's root; the app writes it whole.
      const after = (await page.locator('main').innerText()).replaceAll(`${baseURL}/`, '/');
      expect(after.replace(/\s+/g, ' '), route.path).toBe(before.replace(/\s+/g, ' '));
      expect(await page.title(), route.path).toBe(title);
      await page.unroute(WASM);
    }
  }
});
