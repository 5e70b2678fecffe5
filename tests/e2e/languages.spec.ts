import { test, expect, type Page } from '@playwright/test';
import { LANGS, routes, ready, type Lang } from './helpers';

// Words common in one language and absent from the other (proper names aside).
const WORDS: Record<Lang, string[]> = {
  fr: ['les', 'des', 'une', 'est', 'pour', 'avec', 'dans', 'sur', 'aux', 'qui', 'équipe', 'équipes', 'recherche'],
  en: ['the', 'and', 'with', 'for', 'team', 'teams', 'research', 'which', 'from'],
};

// Proper names stay in their language (WCAG 3.1.2 exempts them); addresses have none.
// Proper names, addresses and file names (the open data's `data/teams.geojson`) are the
// same in both languages.
const NAMES = [/Grand Est/g, /Défenseur des droits/g, /https?:\/\/\S+/g, /\b[\w-]+\/[\w./-]+\.(json|geojson|csv|ics|atom)\b/g];

/** The page's visible text in its own language: passages marked with another `lang` are left out. */
async function ownText(page: Page, lang: Lang): Promise<string> {
  return page.evaluate((lang) => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push(node.textContent ?? '');
        return;
      }
      if (!(node instanceof Element)) return;
      const l = node.getAttribute('lang');
      if (l && l !== lang) return;
      if (node.matches('script, style, [hidden], [aria-hidden="true"]')) return;
      node.childNodes.forEach(walk);
    };
    walk(document.body);
    return parts.join(' ');
  }, lang);
}

for (const lang of LANGS) {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  for (const { path } of routes(lang)) {
    test(`${path} has no ${other === 'fr' ? 'French' : 'English'} text outside passages marked as such`, async ({ page }) => {
      await page.goto(path);
      await ready(page);
      const text = NAMES.reduce((t, name) => t.replace(name, ' '), await ownText(page, lang));
      const words = text.toLowerCase().split(/[^\p{L}]+/u);
      const found = WORDS[other].filter((w) => words.includes(w));
      expect(found, `words of the other language on ${path}`).toEqual([]);
    });
  }
}
