import { test, expect } from '@playwright/test';
import { LANGS, routes, ready, ui } from './helpers';

const other = (lang: 'fr' | 'en') => (lang === 'fr' ? 'en' : 'fr');

for (const lang of LANGS) {
  for (const { path } of routes(lang)) {
    test(`${path} names its title, description, languages and Open Graph data`, async ({ page, baseURL }) => {
      await page.goto(path);
      await ready(page);
      const head = (selector: string, attribute: string) => page.locator(selector).getAttribute(attribute);
      const title = await page.title();
      expect(title).toMatch(/Micronit/);
      const description = await head('meta[name=description]', 'content');
      expect(description?.length).toBeGreaterThan(20);
      // The same page in each language, and the address that chooses by the browser.
      const twin = path.replace(`/${lang}/`, `/${other(lang)}/`);
      expect(await head(`link[rel=alternate][hreflang=${lang}]`, 'href')).toBe(`${baseURL}${path}`);
      expect(await head(`link[rel=alternate][hreflang=${other(lang)}]`, 'href')).toBe(`${baseURL}${twin}`);
      expect(await head('link[rel=alternate][hreflang=x-default]', 'href')).toBe(`${baseURL}/`);
      expect(await head('link[rel=canonical]', 'href')).toBe(`${baseURL}${path}`);
      expect(await head('meta[property="og:title"]', 'content')).toBe(title);
      expect(await head('meta[property="og:description"]', 'content')).toBe(description);
      expect(await head('meta[property="og:url"]', 'content')).toBe(`${baseURL}${path}`);
      expect(await head('meta[property="og:locale"]', 'content')).toBe(lang === 'fr' ? 'fr_FR' : 'en_GB');
      // Each head element once, however many pages were visited.
      await expect(page.locator('link[rel=canonical]')).toHaveCount(1);
    });
  }
}

test('the head follows navigation inside the app, and an unknown address has no alternates', async ({ page, baseURL }) => {
  await page.goto('/en/');
  await ready(page);
  await page.getByRole('navigation', { name: ui.en.nav_label }).getByRole('link', { name: ui.en.nav_about }).click();
  await expect(page.locator('link[rel=alternate][hreflang=fr]')).toHaveAttribute('href', `${baseURL}/fr/about`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', `${ui.en.about_title} — Micronit`);
  await page.goto('/en/no-such-page');
  await ready(page);
  await expect(page.locator('link[rel=alternate]')).toHaveCount(0);
  await expect(page.locator('link[rel=canonical]')).toHaveCount(0);
});
