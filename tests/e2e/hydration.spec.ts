// The browser's app hydrates the page the build rendered (src/start.rs): one copy of the
// page at any time, the served elements kept, no hydration error; and where the data
// read is not the page's, the page drawn anew from it, in place.
import { test, expect } from '@playwright/test';
import { ready, snapshot, watchErrors, countText, holdBack } from './helpers';

const SNAPSHOT = /data\/consortium\.json$/;

/** Records, from the first parse on, the most `<main>` elements the document ever held. */
async function countMains(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { mostMains: number };
    w.mostMains = 0;
    const count = () => {
      w.mostMains = Math.max(w.mostMains, document.querySelectorAll('main').length);
    };
    new MutationObserver(count).observe(document, { childList: true, subtree: true });
  });
}
const mostMains = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { mostMains: number }).mostMains);

test('a search typed in the served directory is answered by the served elements', async ({ page }) => {
  const errors = watchErrors(page);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && /hydrat/i.test(m.text())) warnings.push(m.text());
  });
  await countMains(page);
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as { served: Record<string, Element | null> };
      w.served = { search: document.querySelector('#team-search'), h1: document.querySelector('main h1'), list: document.querySelector('.results-list') };
    });
  });
  await page.goto('/en/teams');
  await ready(page);
  await expect(page.locator('#app')).toHaveAttribute('data-app', 'hydrated');
  const lnox = snapshot.teams.find((t) => t.id === 'lnox')!;
  await page.locator('#team-search').fill('Tours');
  await expect(page).toHaveURL(/q=Tours/);
  await expect(page.locator('.team-card').filter({ hasText: lnox.acronym! })).toHaveCount(1);
  const same = await page.evaluate(() => {
    const w = window as unknown as { served: Record<string, Element | null> };
    return {
      search: w.served.search === document.querySelector('#team-search') && !!w.served.search?.isConnected,
      h1: w.served.h1 === document.querySelector('main h1'),
      list: w.served.list === document.querySelector('.results-list'),
    };
  });
  expect(same).toEqual({ search: true, h1: true, list: true });
  expect(await mostMains(page), 'never two <main>').toBe(1);
  expect(errors).toEqual([]);
  expect(warnings).toEqual([]);
});

test('a search typed and a filter ticked in the served page before the app ran are applied once it runs', async ({ page }) => {
  const release = await holdBack(page, /_bg\.wasm$/);
  await page.goto('/en/teams');
  await page.locator('#app[data-prerendered] #team-search').fill('Toulouse');
  await page.locator('#app[data-prerendered]').getByRole('checkbox', { name: /^Axis 3/ }).check();
  await page.locator('#app[data-prerendered] #team-search').focus();
  release();
  await ready(page);
  await expect(page.locator('#app')).toHaveAttribute('data-app', 'hydrated');
  await expect(page).toHaveURL(/[?&]q=Toulouse/);
  await expect(page).toHaveURL(/[?&]axis=3/);
  await expect(page.locator('#team-search')).toHaveValue('Toulouse');
  await expect(page.locator('#team-search')).toBeFocused();
  await expect(page.getByRole('checkbox', { name: /^Axis 3/ })).toBeChecked();
  const expected = snapshot.teams.filter(
    (t) => (t as unknown as { axes: number[] }).axes.includes(3) && /toulouse/i.test(t.city),
  ).length;
  await expect(page.locator('#results-count')).toHaveText(countText('en', expected));
});

for (const path of ['/fr/', '/en/teams/lnox', '/fr/axes/2', '/en/events', '/fr/open-data', '/en/embed/map', '/fr/desk']) {
  test(`${path} is hydrated with no error and never two <main>`, async ({ page }) => {
    const errors = watchErrors(page);
    await countMains(page);
    await page.goto(path);
    await ready(page);
    await expect(page.locator('#app')).toHaveAttribute('data-app', 'hydrated');
    expect(await mostMains(page)).toBe(1);
    expect(errors).toEqual([]);
  });
}

test('a snapshot published after the build is shown in place, without error', async ({ page }) => {
  const errors = watchErrors(page);
  await countMains(page);
  const data = JSON.parse(JSON.stringify(snapshot));
  const renamed = 'Équipe renommée après la construction';
  data.teams[0].name.fr = renamed;
  await page.route(SNAPSHOT, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }));
  await page.goto(`/fr/teams/${snapshot.teams[0].id}`);
  await ready(page);
  await expect(page.locator('#app')).toHaveAttribute('data-app', 'drawn');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(renamed);
  expect(await mostMains(page)).toBe(1);
  expect(errors).toEqual([]);
});

test('a preview of unpublished data never shows the published page', async ({ page }) => {
  const team = snapshot.teams[0];
  const data = JSON.parse(JSON.stringify(snapshot));
  const renamed = 'Nom prévisualisé';
  data.teams[0].name.fr = renamed;
  await page.goto('/fr/about');
  await ready(page);
  await page.evaluate((text) => {
    sessionStorage.setItem('micronit-preview', text);
    sessionStorage.setItem('micronit-preview-name', 'essai.json');
  }, JSON.stringify(data));
  // Every painted frame: the heading shown, if main is shown at all.
  await page.addInitScript(() => {
    const w = window as unknown as { shown: string[] };
    w.shown = [];
    const tick = () => {
      const main = document.querySelector('main');
      if (main && getComputedStyle(main).visibility === 'visible' && main.getClientRects().length) {
        w.shown.push(main.querySelector('h1')?.textContent ?? '');
      }
      if (w.shown.length < 300) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(`/fr/teams/${team.id}`);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(renamed);
  await expect(page.locator('#app')).toHaveAttribute('data-app', 'drawn');
  const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((h1) => !h1.includes(renamed)), 'frames showing the published page').toEqual([]);
});

test('an address with filters is drawn with them, once', async ({ page }) => {
  await countMains(page);
  await page.goto('/en/teams?axis=2');
  await ready(page);
  const n = snapshot.teams.filter((t) => (t as unknown as { axes: number[] }).axes.includes(2)).length;
  await expect(page.locator('#results-count')).toHaveText(countText('en', n));
  expect(await mostMains(page)).toBe(1);
});
