import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { ui, ready, snapshot, escape, watchErrors } from './helpers';

const lnox = snapshot.teams.find((t) => t.id === 'lnox')!;
const markers = (page: Page) => page.locator('.map-markers [data-m]');

/** Teams on the map: each marker holds `data-count` teams (1 for a team's own marker). */
async function teamsOnMap(page: Page): Promise<number> {
  const counts = await markers(page).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
  return counts.reduce((a, b) => a + b, 0);
}

async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('#results-count').textContent()) ?? '';
  return Number(text.match(/\d+/)?.[0]);
}

const transform = (page: Page) => page.locator('.map-markers').getAttribute('transform');

test('markers and the teams in clusters add up to the filtered teams', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/teams');
  await ready(page);
  await expect(markers(page).first()).toBeVisible();
  expect(await teamsOnMap(page)).toBe(snapshot.teams.length);
  // Some places hold several teams, so there are fewer markers than teams.
  expect(await markers(page).count()).toBeLessThan(snapshot.teams.length);

  await page.getByRole('checkbox', { name: /^Axis 1:/ }).check();
  await expect(page).toHaveURL(/axis=1/);
  const filtered = await resultCount(page);
  expect(filtered).toBeLessThan(snapshot.teams.length);
  await expect.poll(() => teamsOnMap(page)).toBe(filtered);

  await page.getByRole('checkbox', { name: /^Associated team/ }).check();
  const narrower = await resultCount(page);
  expect(narrower).toBeLessThan(filtered);
  await expect.poll(() => teamsOnMap(page)).toBe(narrower);

  await page.getByLabel(/^Search/).fill('zzzz-nothing');
  await expect(page.locator('.empty-state')).toBeVisible();
  await expect(markers(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the keyboard opens a marker, Escape closes it and focus returns', async ({ page }) => {
  await page.goto('/en/teams');
  await ready(page);
  const marker = page.getByRole('button', { name: `${lnox.acronym} — ${lnox.city}`, exact: true });
  await marker.focus();
  await expect(marker).toBeFocused();
  // What hover shows also shows on focus, and Escape dismisses it.
  await expect(page.locator('.map-hover')).toHaveText(`${lnox.acronym} — ${lnox.city}`);
  await page.keyboard.press('Escape');
  await expect(page.locator('.map-hover')).toBeEmpty();

  await page.keyboard.press('Enter');
  const panel = page.locator('.map-panel');
  await expect(panel.getByRole('heading', { name: new RegExp(`^${escape(lnox.acronym!)} — `) })).toBeFocused();
  await expect(panel).toContainText(lnox.city);
  await expect(panel.getByRole('link', { name: ui.en.map_team_page })).toHaveAttribute('href', 'en/teams/lnox');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: `${lnox.acronym} — ${lnox.city}`, exact: true })).toBeFocused();
});

test('the keyboard reaches a cluster from the map, and opening it zooms until its teams part', async ({ page }) => {
  await page.goto('/en/teams');
  await ready(page);
  // Tab from the map itself reaches the markers, in order.
  await page.locator('.map-canvas').focus();
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.getAttribute('data-m'));
  expect(first).not.toBeNull();

  const cluster = page.getByRole('button', { name: /: [2-9] teams$/ }).first();
  const name = (await cluster.getAttribute('aria-label'))!;
  const held = Number(name.match(/(\d+) teams$/)![1]);
  const before = await markers(page).count();
  await cluster.focus();
  await page.keyboard.press('Enter');
  // Zoomed in: more markers stand apart, and focus is still on a marker.
  await expect.poll(() => markers(page).count()).not.toBe(before);
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-m', /\d+/);
  expect(Number(await focused.getAttribute('data-count'))).toBeLessThanOrEqual(held);
});

test('teams of one city share a marker; teams at one address are listed', async ({ page }) => {
  await page.goto('/en/');
  await ready(page);
  // At the scale of France, every city with several teams is one marker holding them all.
  const byCity = new Map<string, number>();
  for (const t of snapshot.teams) byCity.set(t.city, (byCity.get(t.city) ?? 0) + 1);
  const labels = await markers(page).evaluateAll((els) =>
    els.map((e) => [e.getAttribute('aria-label') ?? '', Number(e.getAttribute('data-count'))] as const),
  );
  for (const [city, n] of byCity) {
    if (n < 2) continue;
    const holder = labels.find(([label]) => label.split(/[,:…]/).map((s) => s.trim()).includes(city));
    expect(holder, city).toBeDefined();
    expect(holder![1], city).toBeGreaterThanOrEqual(n);
  }

  // Two teams at the very same place cannot part at any zoom: opening them lists them.
  const data = structuredClone(snapshot) as typeof snapshot & { teams: { location: unknown }[] };
  data.teams[1].location = data.teams[0].location;
  data.teams[1].city = data.teams[0].city;
  await page.route('**/data/consortium.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }),
  );
  await page.reload();
  await ready(page);
  const city = data.teams[0].city;
  const pair = page.getByRole('button', { name: new RegExp(`^${escape(city)}: 2 teams$`) });
  // Zoom in on it first, so that it holds only the two.
  for (let i = 0; i < 6 && (await page.locator('.map-panel').count()) === 0; i++) {
    await page.getByRole('button', { name: new RegExp(`^${escape(city)}`) }).first().click();
    await page.waitForTimeout(400);
  }
  const panel = page.locator('.map-panel');
  await expect(panel.getByRole('heading')).toHaveText(`${city}: 2 teams`);
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(pair).toHaveCount(1);
});

test('zoom buttons, keys, the wheel and dragging move the view within bounds', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/teams');
  await ready(page);
  const start = await transform(page);
  await page.getByRole('button', { name: ui.en.map_zoom_in }).click();
  // With reduced motion the view changes at once, without an animation.
  const zoomed = await transform(page);
  expect(zoomed).not.toBe(start);
  await page.waitForTimeout(400);
  expect(await transform(page)).toBe(zoomed);

  await page.getByRole('button', { name: ui.en.map_zoom_out }).click();
  expect(await transform(page)).toBe(start);
  // Zooming out further stays at France whole.
  await page.getByRole('button', { name: ui.en.map_zoom_out }).click();
  expect(await transform(page)).toBe(start);

  const canvas = page.locator('.map-canvas');
  await canvas.focus();
  await page.keyboard.press('+');
  await expect.poll(() => transform(page)).not.toBe(start);
  const beforePan = await transform(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => transform(page)).not.toBe(beforePan);
  await page.keyboard.press('0');
  await expect.poll(() => transform(page)).toBe(start);

  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => transform(page)).not.toBe(start);
  const afterWheel = await transform(page);
  await page.mouse.move(box.x + 60, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + 160, box.y + 120, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => transform(page)).not.toBe(afterWheel);
  // The page itself did not scroll under the wheel.
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await page.getByRole('button', { name: ui.en.map_reset }).click();
  expect(await transform(page)).toBe(start);
  // Double-click zooms in on the point, shift + double-click back out.
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => transform(page)).not.toBe(start);
  await page.keyboard.down('Shift');
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.up('Shift');
  await expect.poll(() => transform(page)).toBe(start);
});

test('a marker leads to its team page', async ({ page }) => {
  await page.goto('/fr/');
  await ready(page);
  await page.getByRole('button', { name: `${lnox.acronym} — ${lnox.city}`, exact: true }).click();
  await page.locator('.map-panel').getByRole('link', { name: ui.fr.map_team_page }).click();
  await expect(page).toHaveURL(/\/fr\/teams\/lnox$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(lnox.acronym!);
  // The team page locates the team on a small map.
  await expect(page.getByRole('img', { name: `Localisation de ${lnox.acronym}\u00a0: ${lnox.city}` })).toBeVisible();
});

test('hovering a team in the list marks it on the map, and the reverse', async ({ page }) => {
  await page.goto('/en/teams');
  await ready(page);
  const card = page.locator(`.team-card[data-team="lnox"]`);
  const marker = page.getByRole('button', { name: `${lnox.acronym} — ${lnox.city}`, exact: true });
  await card.hover();
  await expect(marker).toHaveClass(/highlight/);
  await page.mouse.move(0, 0);
  await expect(marker).not.toHaveClass(/highlight/);
  await marker.hover();
  await expect(card).toHaveClass(/highlight/);
  // Focus in the list does the same as hover.
  await card.getByRole('link').focus();
  await expect(marker).toHaveClass(/highlight/);
});

test('on a phone the directory switches between the list and the map', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/en/teams');
  await ready(page);
  const list = page.locator('.team-list');
  const canvas = page.locator('.map-canvas');
  await expect(list).toBeVisible();
  await expect(canvas).toBeHidden();
  await page.getByRole('button', { name: ui.en.map_view_map, exact: true }).click();
  await expect(canvas).toBeVisible();
  await expect(list).toBeHidden();
  await expect(page.getByRole('button', { name: ui.en.map_view_map, exact: true })).toHaveAttribute('aria-pressed', 'true');
  // Drawn at the phone's size: the view box is the box's own size.
  const box = (await canvas.boundingBox())!;
  const viewBox = await canvas.locator('svg').getAttribute('viewBox');
  expect(viewBox).toBe(`0 0 ${Math.round(box.width)} ${Math.round(box.height)}`);
  expect(await teamsOnMap(page)).toBe(snapshot.teams.length);
});

test('the map makes no request elsewhere, and works without its outline', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/map/land.svg', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto('/fr/');
  await ready(page);
  await expect(page.getByText(ui.fr.map_outline_failed)).toBeVisible();
  expect(await teamsOnMap(page)).toBe(snapshot.teams.length);
  expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);
});

test('the outline is one file, fetched only by pages with a map, and drawn', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/en/about');
  await ready(page);
  await expect(page.locator('.map-land')).toHaveCount(0);
  expect(fetched.filter((p) => p.startsWith('/map/'))).toEqual([]);
  await page.goto('/en/');
  await ready(page);
  const land = page.locator('.map-canvas use.map-land');
  await expect(land).toHaveAttribute('href', 'map/land.svg#land');
  // Drawn: the outline of France fills most of the map's width.
  await expect.poll(() => land.evaluate((u) => (u as SVGGraphicsElement).getBBox().width)).toBeGreaterThan(1000);
  await expect(page.getByText(ui.en.map_outline_failed)).toHaveCount(0);
  expect(fetched.filter((p) => p.startsWith('/map/'))).toEqual(['/map/land.svg']);
});

test('the colour legend switches between axes and status, and the open panel passes axe-core', async ({ page }) => {
  await page.goto('/en/');
  await ready(page);
  const legend = page.locator('.legend-items');
  await expect(legend).toContainText(`Axis 1: ${snapshot.axes[0].title.en}`);
  // Every entry of the legend has its picture.
  for (const item of await legend.locator('li').all()) await expect(item.locator('svg path, svg circle').first()).toBeAttached();
  await page.getByLabel(ui.en.map_colour_status).check();
  await expect(legend).not.toContainText('Axis 1:');
  await expect(page.locator('.map-markers .fill-associated').first()).toBeVisible();
  await expect(legend).toContainText(ui.en.map_legend_unstated);
  await page.getByRole('button', { name: `${lnox.acronym} — ${lnox.city}`, exact: true }).click();
  await expect(page.locator('.map-panel')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('pinching with two fingers zooms the map', async ({ page }) => {
  await page.goto('/en/teams');
  await ready(page);
  const land = page.locator('.map-canvas svg > g').first();
  const scale = async () => Number((await land.getAttribute('transform'))?.match(/scale\(([\d.]+)\)/)?.[1]);
  const before = await scale();
  expect(before).toBeGreaterThan(0);
  const canvas = page.locator('.map-canvas');
  const box = (await canvas.boundingBox())!;
  // Two touch pointers 40 px apart; the second moves until they are 140 px apart.
  await canvas.evaluate((el, { x, y }) => {
    const fire = (type: string, id: number, dx: number) =>
      el.dispatchEvent(
        new PointerEvent(type, { pointerId: id, pointerType: 'touch', isPrimary: id === 1, clientX: x + dx, clientY: y, bubbles: true }),
      );
    fire('pointerdown', 1, -20);
    fire('pointerdown', 2, 20);
    for (let dx = 30; dx <= 120; dx += 10) fire('pointermove', 2, dx);
    fire('pointerup', 2, 120);
    fire('pointerup', 1, -20);
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  await expect.poll(scale).toBeGreaterThan(before * 3);
  expect(await scale()).toBeLessThan(before * 4);
});

test('markers sit where their teams are: west to east and north to south', async ({ page }) => {
  await page.goto('/en/teams');
  await ready(page);
  await expect(markers(page).first()).toBeVisible();
  const whole = await transform(page);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: ui.en.map_zoom_in }).click();
  await page.getByRole('button', { name: ui.en.map_reset }).click();
  await expect.poll(() => transform(page)).toBe(whole);
  const teams = snapshot.teams as unknown as { acronym?: string; name: { en: string }; city: string; location: { lat: number; lon: number } }[];
  const placed = await page.locator('.map-markers .team-marker').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { label: e.getAttribute('aria-label')!, x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }),
  );
  const located = placed
    .map((m) => ({ ...m, team: teams.find((t) => `${t.acronym ?? t.name.en} — ${t.city}` === m.label)! }))
    .filter((m) => m.team);
  expect(located.length).toBeGreaterThan(8);
  for (const a of located) {
    for (const b of located) {
      if (a.team.location.lon < b.team.location.lon - 1) expect(a.x, `${a.label} west of ${b.label}`).toBeLessThan(b.x);
      if (a.team.location.lat > b.team.location.lat + 1) expect(a.y, `${a.label} north of ${b.label}`).toBeLessThan(b.y);
    }
  }
});

test('leaving the page while the map glides does not break the app', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/');
  await ready(page);
  // Zoom (a 300 ms glide), then follow the language switch before it ends.
  await page.getByRole('button', { name: ui.en.map_zoom_in }).click();
  await page.getByRole('link', { name: ui.en.lang_switch_to }).click();
  await expect(page).toHaveURL(/\/fr\/$/);
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
  // The app still answers.
  await page.getByRole('navigation', { name: ui.fr.nav_label }).getByRole('link', { name: ui.fr.nav_teams }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.fr.teams_title);
});

// It was moved a screen up from the map: on a phone, wherever the map lay a screen below
// the top of the page, the link showed over the text.
test('the link that skips the map shows only while it has focus', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/en/');
  await ready(page);
  const skip = page.getByRole('link', { name: ui.en.map_skip });
  for (const y of [0, 300, 600, 900, 1200]) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    const box = (await skip.boundingBox())!;
    expect(box.width * box.height, `scrolled to ${y}`).toBeLessThanOrEqual(1);
  }
  await skip.focus();
  const box = (await skip.boundingBox())!;
  expect(box.width).toBeGreaterThan(50);
  const map = (await page.locator('.team-map').first().boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(map.y - 1);
});

test('a team whose status the sources do not state is a square of its own colour on the map', async ({ page }) => {
  const unstated = (snapshot.teams as unknown as { id: string; status: string; city: string }[]).filter((t) => t.status === 'unstated');
  expect(unstated.length).toBeGreaterThan(0);
  await page.goto('/en/teams?status=unstated');
  await ready(page);
  // Coloured by axis, a team whose axes the sources do not state is grey, as the legend says.
  await expect(page.locator('.legend-items')).toContainText(ui.en.map_legend_no_axis);
  await expect(page.locator('.map-markers .team-marker .fill-none').first()).toBeVisible();
  await page.getByLabel(ui.en.map_colour_status).check();
  const squares = page.locator('.map-markers .team-marker .fill-unstated');
  await expect(squares.first()).toBeVisible();
  // A square: its outline's points lie on the lines |x| = r or |y| = r, not on a circle.
  const d = (await squares.first().getAttribute('d'))!;
  const points = [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const r = Math.max(...points.map(([x, y]) => Math.max(Math.abs(x), Math.abs(y))));
  for (const [x, y] of points) expect(Math.abs(Math.max(Math.abs(x), Math.abs(y)) - r)).toBeLessThan(0.15);
  expect(Math.max(...points.map(([x, y]) => Math.hypot(x, y)))).toBeGreaterThan(r * 1.3);
  await expect(page.locator('.map-markers .fill-member, .map-markers .fill-associated')).toHaveCount(0);
});
