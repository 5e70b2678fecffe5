import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LANGS, routes, ui, ready } from './helpers';

const paths = LANGS.flatMap((lang) => [
  ...routes(lang).map((r) => r.path),
  `/${lang}/teams/no-such-team`,
]);

for (const path of paths) {
  test(`axe-core finds no violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await ready(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
}

test('axe-core finds no violation on the error state', async ({ page }) => {
  await page.route('**/data/consortium.json', (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto('/fr/');
  await expect(page.getByRole('alert')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the page works at 320 px wide without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const lang of LANGS) {
    for (const { path } of routes(lang)) {
      await page.goto(path);
      await ready(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  }
  await expect(page.getByRole('navigation', { name: ui.en.nav_label })).toBeVisible();
});

// The prerendered pages as served, before the app takes over (its code held back).
// (axe-core cannot run in a page with scripts disabled; those pages differ only by the
// controls they leave out and a note.)
for (const lang of LANGS) {
  test(`axe-core finds no violation on the prerendered pages in ${lang}, before the app starts`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.route(/_bg\.wasm$/, (route) => route.abort());
    for (const route of routes(lang)) {
      await page.goto(route.path);
      await expect(page.locator('#app[data-prerendered] main h1')).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include('#app')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, route.path).toEqual([]);
    }
  });
}
