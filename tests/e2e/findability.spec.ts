import { test, expect } from '@playwright/test';
import { LANGS, routes, ready, snapshot, ui } from './helpers';

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
  await expect(page.locator('link[rel=alternate][hreflang]')).toHaveCount(0);
  await expect(page.locator('link[rel=canonical]')).toHaveCount(0);
});

test('every page announces the news feeds, which are Atom and hold every news item', async ({ page, request }) => {
  for (const path of ['/fr/', '/en/news', '/fr/teams/lnox']) {
    await page.goto(path);
    await ready(page);
    const feeds = page.locator('link[rel=alternate][type="application/atom+xml"]');
    await expect(feeds).toHaveCount(2);
    for (const lang of LANGS) {
      // Its address as the browser resolves it (against <base>).
      const href = await page.locator(`link[type="application/atom+xml"][href$="${lang}/news/feed.atom"]`).evaluate((l: HTMLLinkElement) => l.href);
      const feed = await (await request.get(href)).text();
      expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
      expect(feed.match(/<entry>/g)?.length).toBe(snapshot.news.length);
    }
  }
});
