import { test, expect } from '@playwright/test';
import { LANGS, ready, snapshot, ui } from './helpers';

type T = { id: string; acronym?: string; name: { fr: string; en: string }; tumor_types: string[]; expertise: string[]; illustrative: boolean };
const teams = (snapshot as unknown as { teams: T[] }).teams;
const names = (list: { id: string; name: { fr: string; en: string } }[], lang: 'fr' | 'en') =>
  new Map(list.map((x) => [x.id, x.name[lang]]));

for (const lang of LANGS) {
  test(`a team page lists the teams close to it with what they share, each link leading to its team (${lang})`, async ({ page }) => {
    const lnox = teams.find((t) => t.id === 'lnox')!;
    await page.goto(`/${lang}/teams/lnox`);
    await ready(page);
    const section = page.getByRole('region', { name: ui[lang].close_title });
    const close = section.locator('ul.close-teams').first().locator('li');
    const count = await close.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(6);
    const tumor = names(snapshot.tumor_types, lang);
    const area = names(snapshot.expertise, lang);
    for (let i = 0; i < count; i++) {
      const item = close.nth(i);
      const href = (await item.getByRole('link').first().getAttribute('href'))!;
      const other = teams.find((t) => href.endsWith(`/teams/${t.id}`))!;
      expect(other, href).toBeTruthy();
      expect(other.id).not.toBe('lnox');
      // What they share, written out: exactly the tumor types and areas both list.
      const shared = [
        ...lnox.tumor_types.filter((x) => other.tumor_types.includes(x)).map((x) => tumor.get(x)!),
        ...lnox.expertise.filter((x) => other.expertise.includes(x)).map((x) => area.get(x)!),
      ];
      expect(shared.length).toBeGreaterThan(0);
      const written = (await item.locator('.shared').innerText()).split(' · ');
      expect(written.slice(0, shared.length)).toEqual(shared);
    }
    // The ranking includes illustrative entries, and says so.
    await expect(section.getByText(ui[lang].close_illustrative)).toBeVisible();
    const first = close.first().getByRole('link').first();
    const target = (await first.getAttribute('href'))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${target.replace(/^.*\/teams\//, '/teams/')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}
