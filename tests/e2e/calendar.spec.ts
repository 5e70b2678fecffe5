import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { test, expect } from '@playwright/test';
import { LANGS, ready, snapshot, ui } from './helpers';

type Ev = { id: string; title: { fr: string; en: string }; start: string; end: string; city: string; description: { fr: string; en: string } };
const events = (snapshot as unknown as { events: Ev[] }).events;

for (const lang of LANGS) {
  test(`each event downloads as an .ics file that a calendar parser reads (${lang})`, async ({ page, baseURL }) => {
    await page.goto(`/${lang}/events`);
    await ready(page);
    const event = events[0];
    const link = page.getByRole('link', { name: `${ui[lang].event_ics}`, exact: false }).first();
    await expect(link).toHaveAttribute('download', `${event.id}.ics`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${event.id}.ics`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('\r\n');
    // Parsed by ical.js (Mozilla's iCalendar library, as in Thunderbird).
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.summary).toBe(event.title[lang]);
    expect(parsed.location).toBe(event.city);
    expect(parsed.description).toBe(event.description[lang]);
    expect(parsed.startDate.toString()).toBe(event.start);
    expect(parsed.startDate.isDate).toBe(true);
    // The end is exclusive: the day after the last day.
    const last = new Date(`${event.end}T00:00:00Z`);
    last.setUTCDate(last.getUTCDate() + 1);
    expect(parsed.endDate.toString()).toBe(last.toISOString().slice(0, 10));
    expect(vevent.getFirstPropertyValue('url')).toBe(`${baseURL}/${lang}/events`);
    expect(parsed.uid).toBe(`${event.id}@micronit`);
  });
}

test('the calendars of every event, one a language, are served and read by a calendar parser', async ({ request }) => {
  for (const [file, lang] of [['/data/events.ics', 'fr'], ['/data/events.en.ics', 'en']] as const) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const parsed = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(parsed.map((e) => e.uid)).toEqual(events.map((e) => `${e.id}@micronit`));
    expect(parsed.map((e) => e.summary)).toEqual(events.map((e) => e.title[lang]));
    expect(parsed.map((e) => e.startDate.toString())).toEqual(events.map((e) => e.start));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(snapshot.about.name);
  }
});

test('the teams as GeoJSON are served, longitude first, one feature a team', async ({ request }) => {
  const geojson = await (await request.get('/data/teams.geojson')).json();
  expect(geojson.type).toBe('FeatureCollection');
  expect(geojson.features).toHaveLength(snapshot.teams.length);
  const teams = snapshot.teams as unknown as { id: string; location: { lat: number; lon: number } }[];
  for (const [i, f] of geojson.features.entries()) {
    expect(f.id).toBe(teams[i].id);
    expect(f.geometry.coordinates).toEqual([teams[i].location.lon, teams[i].location.lat]);
  }
});
