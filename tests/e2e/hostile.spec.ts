import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { ready, ui } from './helpers';

const good = JSON.parse(readFileSync(new URL('../../public/data/consortium.json', import.meta.url), 'utf8'));
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** Applies `f` to every string of the tree under keys `fr`/`en`, and to every `url`/`website`. */
function poison(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => poison(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  }
  if (typeof value === 'string' && (key === 'fr' || key === 'en')) return PAYLOAD;
  if (typeof value === 'string' && (key === 'url' || key === 'website')) return 'javascript:window.__pwned=1';
  return value;
}

async function nothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('#app img, #app script, #app iframe')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
}

test('markup in every text and javascript: links are refused, and nothing runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const body = JSON.stringify(poison(good));
  await page.route('**/data/consortium.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  for (const path of ['/fr/', '/en/teams', '/en/teams/lnox', '/fr/news', '/en/events', '/fr/embed/map']) {
    await page.goto(path);
    await expect(page.getByRole('alert')).toBeVisible();
    await nothingRan(page);
    // The details name the fields at fault, as text.
    await page.getByRole('alert').locator('summary').click();
    await expect(page.getByRole('alert').locator('pre')).toContainText('contains HTML markup');
  }
  expect(dialogs).toBe(0);
});

test('text that merely looks like markup is shown as it is, in lists, tables, the map and the export', async ({ page }) => {
  const data = structuredClone(good);
  const team = data.teams.find((t: { id: string }) => t.id === 'lnox');
  team.acronym = `A"B'<3&`;
  team.name = { fr: `Niche & co "<1>" 'x'`, en: `Niche & co "<1>" 'x'` };
  // "&copy" is no entity to the validator, but would become "©" if not escaped.
  team.city = `Tours "<2>" & l'Indre &copy`;
  await page.route('**/data/consortium.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }),
  );
  await page.goto('/en/teams');
  await ready(page);
  const name = `A"B'<3& — Niche & co "<1>" 'x'`;
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  // The map's markers are written as SVG markup: their names must come out unchanged.
  const marker = page.getByRole('button', { name: `A"B'<3& — Tours "<2>" & l'Indre &copy`, exact: true });
  await expect(marker).toHaveCount(1);
  await marker.click();
  await expect(page.locator('.map-panel h3')).toHaveText(name);
  // So are the tables.
  await page.getByText(ui.en.matrix_tumor_types).click();
  await expect(page.locator('.matrix').getByRole('rowheader', { name, exact: true })).toBeVisible();
  // And the CSV export holds the text itself.
  const csv = page.getByRole('link', { name: ui.en.export_csv });
  await csv.dispatchEvent('click');
  const href = (await csv.getAttribute('href'))!;
  expect(href).toMatch(/^blob:/);
  const text = await page.evaluate(async (url) => (await fetch(url)).text(), href);
  expect(text).toContain(`"A""B'<3& — Niche & co ""<1>"" 'x'"`);
  await nothingRan(page);
});

test('names that merely look like markup are shown as they are in the charts, drawn as markup', async ({ page }) => {
  const data = structuredClone(good);
  // "&copy" is no entity to the validator, but would become "©" if not escaped.
  // Short enough to stay on one line of its chart.
  const ids = ['acute-leukemia', 'metabolism', 'centre-val-de-loire'];
  const lookalike = (id: string) => `X${ids.indexOf(id)} "<1>" & R&copy`;
  for (const list of ['tumor_types', 'expertise', 'regions']) {
    for (const item of data[list] as { id: string; name: { fr: string; en: string } }[]) {
      if (ids.includes(item.id)) item.name.en = lookalike(item.id);
    }
  }
  await page.route('**/data/consortium.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }),
  );
  await page.goto('/en/');
  await ready(page);
  for (const [id, chart] of [
    ['acute-leukemia', ui.en.chart_tumor_types],
    ['metabolism', ui.en.chart_expertise],
    ['centre-val-de-loire', ui.en.chart_regions],
  ]) {
    const image = page.getByRole('img', { name: chart, exact: true });
    // The bar's label, and its row in the chart's table.
    await expect(image.locator('text.label').filter({ hasText: lookalike(id) })).toHaveCount(1);
    const section = page.locator('section.chart').filter({ has: image });
    await section.locator('summary').click();
    await expect(section.getByRole('rowheader', { name: lookalike(id), exact: true })).toHaveCount(1);
  }
  await nothingRan(page);
});
