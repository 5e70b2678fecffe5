import { readFileSync } from 'node:fs';
import { expect, type Page, type Route } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export type Lang = 'fr' | 'en';
export const LANGS: Lang[] = ['fr', 'en'];

type Text = { fr: string; en: string };

/** The bundled snapshot, read from disk: the expected values come from the data itself. */
export const snapshot: {
  about: { name: string; tagline: Text; gdr: string };
  axes: { number: number; title: Text; description: Text }[];
  teams: { id: string; acronym?: string; name: Text; city: string; website?: string }[];
  news: { slug: string; title: Text }[];
  events: { id: string; title: Text }[];
  partners: { id: string; name: Text; role: Text }[];
  tumor_types: { id: string; name: Text }[];
  expertise: { id: string; name: Text }[];
} = JSON.parse(readFileSync(new URL('../../public/data/consortium.json', import.meta.url), 'utf8'));

export const ui: Record<Lang, Record<string, string>> = {
  fr: JSON.parse(readFileSync(new URL('../../locales/fr.json', import.meta.url), 'utf8')),
  en: JSON.parse(readFileSync(new URL('../../locales/en.json', import.meta.url), 'utf8')),
};

/** Every page of the site in one language, with the level-one heading it must show. */
export function routes(lang: Lang): { path: string; h1: string | RegExp }[] {
  const team = snapshot.teams[0];
  const news = snapshot.news[0];
  return [
    { path: `/${lang}/`, h1: new RegExp(snapshot.about.name) },
    { path: `/${lang}/teams`, h1: ui[lang].teams_title },
    { path: `/${lang}/teams/${team.id}`, h1: new RegExp(escape(team.name[lang])) },
    ...snapshot.axes.map((a) => ({ path: `/${lang}/axes/${a.number}`, h1: a.title[lang] })),
    { path: `/${lang}/news`, h1: ui[lang].news_title },
    { path: `/${lang}/news/${news.slug}`, h1: news.title[lang] },
    { path: `/${lang}/events`, h1: ui[lang].events_title },
    { path: `/${lang}/partners`, h1: ui[lang].partners_title },
    { path: `/${lang}/about`, h1: ui[lang].about_title },
    { path: `/${lang}/legal`, h1: ui[lang].legal_title },
    { path: `/${lang}/accessibility`, h1: ui[lang].a11y_title },
    { path: `/${lang}/open-data`, h1: ui[lang].open_data_title },
    { path: `/${lang}/desk`, h1: ui[lang].desk_title },
  ];
}

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Collects console errors and uncaught exceptions (a panic shows up as one). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Waits until the app runs the page: it has hydrated the page served, or drawn it. */
export async function ready(page: Page) {
  await expect(page.locator('#app[data-app]:not([data-prerendered]) main#main h1')).toBeVisible();
}

/** Holds back the requests matching `pattern` until the returned function is called. */
export async function holdBack(page: Page, pattern: string | RegExp): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** "4 équipes" / "1 team": the words the site gives a number of teams in `lang`. */
export const countText = (lang: Lang, n: number) =>
  (n === 1 || (lang === 'fr' && n === 0) ? ui[lang].teams_count_one : ui[lang].teams_count_other).replace('{count}', String(n));

/** Fails with each rule axe-core finds broken on the page (WCAG 2.1 A and AA, best practices). */
export async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
