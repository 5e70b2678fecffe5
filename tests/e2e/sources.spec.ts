// Every fact with its source: each real team's page ends with the pages its facts come
// from, each a link a reader can open (in a new tab), with what it supports; a news item
// shows its own; the open data files name them too.
import { test, expect } from '@playwright/test';
import { LANGS, ready, snapshot, ui } from './helpers';

type Source = { url: string; title: string; publisher: string; read?: string; supports: { fr: string; en: string } };
const teams = (snapshot.teams as unknown as { id: string; illustrative: boolean; sources?: Source[] }[]);
const real = teams.filter((t) => !t.illustrative);
const illustrative = teams.find((t) => t.illustrative)!;

for (const lang of LANGS) {
  test(`each real team's page links every source it names (${lang})`, async ({ page }) => {
    expect(real.length).toBeGreaterThan(0);
    for (const team of real) {
      await page.goto(`/${lang}/teams/${team.id}`);
      await ready(page);
      const section = page.getByRole('region', { name: ui[lang].sources_title });
      await expect(section, team.id).toBeVisible();
      const links = section.getByRole('link');
      await expect(links, team.id).toHaveCount(team.sources!.length);
      for (const [i, source] of team.sources!.entries()) {
        const link = links.nth(i);
        await expect(link).toHaveAttribute('href', source.url);
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toContainText(source.title);
        await expect(section.locator('li').nth(i)).toContainText(source.supports[lang]);
        await expect(section.locator('li').nth(i)).toContainText(source.publisher);
      }
    }
    // An illustrative entry says it has none.
    await page.goto(`/${lang}/teams/${illustrative.id}`);
    await ready(page);
    const none = page.getByRole('region', { name: ui[lang].sources_title });
    await expect(none).toContainText(ui[lang].sources_illustrative);
    await expect(none.getByRole('link')).toHaveCount(0);
  });
}

test('a news item shows its sources', async ({ page }) => {
  const item = (snapshot.news as unknown as { slug: string; sources?: Source[] }[]).find((n) => n.sources?.length)!;
  await page.goto(`/en/news/${item.slug}`);
  await ready(page);
  const section = page.getByRole('region', { name: ui.en.sources_title });
  await expect(section.getByRole('link')).toHaveCount(item.sources!.length);
  await expect(section.getByRole('link').first()).toHaveAttribute('href', item.sources![0].url);
});

test('the open data files name each team\'s sources', async ({ request }) => {
  const team = real.find((t) => t.sources!.length > 1)!;
  const csv = await (await request.get('/data/teams.csv')).text();
  expect(csv.split('\n')[0]).toContain('sources');
  for (const source of team.sources!) expect(csv).toContain(source.url);
  const geojson = await (await request.get('/data/teams.geojson')).json();
  const feature = geojson.features.find((f: { id: string }) => f.id === team.id);
  expect(feature.properties.sources.map((s: Source) => s.url)).toEqual(team.sources!.map((s) => s.url));
});
