import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { test, expect, type APIRequestContext } from '@playwright/test';
import { LANGS, ready, snapshot, ui, type Lang } from './helpers';

type Node = Record<string, any>;
type Full = {
  teams: { id: string; name: { fr: string; en: string }; city: string; illustrative: boolean; institutions: string[]; location: { lat: number; lon: number }; status: string }[];
  institutions: { id: string; ror?: string }[];
  events: { id: string; title: { fr: string; en: string }; start: string; end: string; city: string; axes?: number[] }[];
  news: { slug: string; date?: string; title: { fr: string; en: string } }[];
  axes: { number: number }[];
  licence?: unknown;
};
const data = snapshot as unknown as Full;

/** The JSON-LD of a page as served (before any script runs), every node of its graph. */
async function structured(request: APIRequestContext, path: string): Promise<Node[]> {
  const html = await (await request.get(path)).text();
  const scripts = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([^<]*)<\/script>/g)];
  expect(scripts.length, `${path}: one JSON-LD script`).toBe(1);
  const parsed = JSON.parse(scripts[0][1]);
  expect(parsed['@context']).toBe('https://schema.org');
  return parsed['@graph'];
}
const ofType = (graph: Node[], type: string) => graph.filter((n) => n['@type'] === type);

for (const lang of LANGS) {
  test(`the home page describes the consortium as a research organisation (${lang})`, async ({ request }) => {
    const graph = await structured(request, `/${lang}/`);
    const [org] = ofType(graph, 'ResearchOrganization');
    expect(org.name).toBe(snapshot.about.name);
    expect(org.alternateName.map((n: Node) => n['@language']).sort()).toEqual(['en', 'fr']);
    expect(org.alternateName.find((n: Node) => n['@language'] === 'en')['@value']).toContain(snapshot.about.tagline.en);
    expect(org.foundingDate).toBe('2015-01');
    expect(org.identifier).toBe(snapshot.about.gdr);
    expect(org.parentOrganization.sameAs).toBe('https://ror.org/02feahw73');
    // Its members are the teams the sources confirm: an illustrative entry is no fact.
    const real = data.teams.filter((t) => !t.illustrative);
    expect(org.member.map((m: Node) => m.url)).toEqual(real.map((t) => `/${lang}/teams/${t.id}`));
    // Google's Organization: a name and an address to find it at.
    expect(org.url).toMatch(new RegExp(`/${lang}/$`));
    expect(ofType(graph, 'BreadcrumbList')).toHaveLength(0);
  });

  test(`a team page describes the team, its place, its institutions and its trail (${lang})`, async ({ request }) => {
    const team = data.teams.find((t) => !t.illustrative)!;
    const graph = await structured(request, `/${lang}/teams/${team.id}`);
    const [node] = ofType(graph, 'ResearchOrganization');
    expect(node.name).toBe(team.name[lang]);
    expect(node.address).toMatchObject({ '@type': 'PostalAddress', addressLocality: team.city, addressCountry: 'FR' });
    expect(node.address.addressRegion).toBeTruthy();
    // Coordinates belong to a place in schema.org: the team's `location`.
    expect(node.geo).toBeUndefined();
    expect(node.location).toMatchObject({ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: team.city } });
    expect(node.location.geo).toEqual({ '@type': 'GeoCoordinates', latitude: team.location.lat, longitude: team.location.lon });
    expect(node.memberOf['@id']).toMatch(/\/#consortium$/);
    const rors = team.institutions.map((id) => data.institutions.find((i) => i.id === id)!.ror).map((r) => `https://ror.org/${r}`);
    expect(node.parentOrganization.map((p: Node) => p.sameAs)).toEqual(rors);
    const [trail] = ofType(graph, 'BreadcrumbList');
    expect(trail.itemListElement.map((i: Node) => i.position)).toEqual([1, 2, 3]);
    expect(trail.itemListElement[1].name).toBe(ui[lang].teams_title);
    expect(trail.itemListElement[2].name).toBe(team.name[lang]);
  });

  test(`an illustrative team's page describes no organisation in its structured data, only its trail (${lang})`, async ({ request }) => {
    const team = data.teams.find((t) => t.illustrative)!;
    const graph = await structured(request, `/${lang}/teams/${team.id}`);
    expect(ofType(graph, 'ResearchOrganization')).toHaveLength(0);
    const [trail] = ofType(graph, 'BreadcrumbList');
    expect(trail.itemListElement[2].name).toBe(team.name[lang]);
  });

  test(`the events page describes each event as Google's rich results need it (${lang})`, async ({ request }) => {
    const events = ofType(await structured(request, `/${lang}/events`), 'Event');
    expect(events).toHaveLength(data.events.length);
    for (const [i, e] of data.events.entries()) {
      const node = events[i];
      // Required: name, startDate, location (a Place with an address).
      expect(node.name).toBe(e.title[lang]);
      expect(node.startDate).toBe(e.start);
      expect(node.endDate).toBe(e.end);
      expect(node.location['@type']).toBe('Place');
      expect(node.location.address).toMatchObject({ addressLocality: e.city, addressCountry: 'FR' });
      expect(node.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
      expect(node.eventStatus).toBe('https://schema.org/EventScheduled');
      expect(node.organizer.name).toBe(snapshot.about.name);
    }
  });

  test(`the news are news articles with their dates (${lang})`, async ({ request }) => {
    const list = ofType(await structured(request, `/${lang}/news`), 'NewsArticle');
    expect(list).toHaveLength(data.news.length);
    const item = data.news[0];
    const [article] = ofType(await structured(request, `/${lang}/news/${item.slug}`), 'NewsArticle');
    expect(article.headline).toBe(item.title[lang]);
    expect(article.datePublished).toBe(item.date);
  });

  test(`the open-data page lists every file, each served, with its licence status (${lang})`, async ({ page, request }) => {
    await page.goto(`/${lang}/open-data`);
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[lang].open_data_title);
    // The snapshot declares no licence yet: the page says so.
    expect(data.licence).toBeUndefined();
    await expect(page.getByText(ui[lang].od_no_licence)).toBeVisible();
    const rows = page.locator('table.open-data-files tbody tr');
    // The snapshot, its schema, two team files, the calendars (all, then each axis; both
    // languages) and the two feeds.
    await expect(rows).toHaveCount(4 + 2 * (1 + data.axes.length) + 2);
    const hrefs = await rows.locator('th a[type]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect((await response.body()).length, href).toBeGreaterThan(100);
    }
    // Each calendar can be subscribed to.
    const webcal = page.getByRole('link', { name: `${ui[lang].od_subscribe}${lang === 'fr' ? '\u00a0' : ''}: data/events.ics` });
    await expect(webcal).toHaveAttribute('href', /^webcal:\/\/127\.0\.0\.1:\d+\/data\/events\.ics$/);
    // The footer leads here from every page.
    await page.goto(`/${lang}/`);
    await ready(page);
    await page.getByRole('contentinfo').getByRole('link', { name: ui[lang].footer_open_data }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/open-data$`));
  });
}

test('each axis has a calendar of its events and of the whole network’s', async ({ request }) => {
  for (const { number } of data.axes) {
    for (const [suffix, lang] of [['', 'fr'], ['.en', 'en']] as const) {
      const text = await (await request.get(`/data/events-axis-${number}${suffix}.ics`)).text();
      const calendar = new ICAL.Component(ICAL.parse(text));
      const expected = data.events.filter((e) => !e.axes?.length || e.axes.includes(number));
      expect(calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual(expected.map((e) => `${e.id}@micronit`));
      expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toContain(String(number));
      expect(lang === 'fr' ? text.includes('Axe') : text.includes('Axis')).toBe(true);
    }
  }
});

test('the structured data is kept by the app, and dropped when it shows another page', async ({ page }) => {
  const ld = page.locator('script[type="application/ld+json"]');
  await page.goto('/fr/teams/lnox');
  await ready(page);
  await expect(ld).toHaveCount(1);
  await expect(ld).toHaveAttribute('data-for', '/fr/teams/lnox');
  await page.getByRole('link', { name: ui.fr.team_back }).click();
  await expect(page).toHaveURL(/\/fr\/teams$/);
  await expect(ld).toHaveCount(0);
});

for (const lang of LANGS) {
  test(`a team page links its identifiers and says how to cite it (${lang})`, async ({ page, baseURL }) => {
    await page.goto(`/${lang}/teams/lnox`);
    await ready(page);
    const cnrs = page.getByRole('link', { name: /\bROR\b.*02feahw73/ }).first();
    await expect(cnrs).toHaveAttribute('href', 'https://ror.org/02feahw73');
    await expect(cnrs).toHaveText('ROR');
    const cite = page.getByRole('region', { name: ui[lang].cite_title });
    await expect(cite.getByRole('link')).toHaveAttribute('href', `${baseURL}/${lang}/teams/lnox`);
    await expect(cite).toContainText(lang === 'fr' ? 'données du 6 décembre 2026' : 'data of December 6, 2026');
  });
}

test('the filtered list downloads as GeoJSON, longitude first', async ({ page }) => {
  await page.goto('/en/teams?status=associated');
  await ready(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: ui.en.export_geojson }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(ui.en.export_geojson_file);
  const geojson = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const associated = data.teams.filter((t) => t.status === 'associated');
  expect(geojson.type).toBe('FeatureCollection');
  expect(geojson.features.map((f: Node) => f.id).sort()).toEqual(associated.map((t) => t.id).sort());
  const first = geojson.features[0];
  const team = data.teams.find((t) => t.id === first.id)!;
  expect(first.geometry.coordinates).toEqual([team.location.lon, team.location.lat]);
});

export type { Lang };
