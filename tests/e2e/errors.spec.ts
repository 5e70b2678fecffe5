import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { ui, ready, snapshot, watchErrors, holdBack } from './helpers';

const SNAPSHOT = '**/data/consortium.json';
const good = readFileSync(new URL('../../public/data/consortium.json', import.meta.url), 'utf8');

/** Expects the error state: an alert in the page's language with a retry button. */
async function expectFailure(page: Page, lang: 'fr' | 'en', explanation: string | RegExp) {
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText(ui[lang].error_title);
  await expect(alert).toContainText(explanation);
  await expect(alert.getByRole('button', { name: ui[lang].error_retry })).toBeVisible();
  // The layout stays usable around the error.
  await expect(page.getByRole('navigation', { name: ui[lang].nav_label })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test('a server error is explained, and retrying loads the page', async ({ page }) => {
  const errors = watchErrors(page);
  let calls = 0;
  await page.route(SNAPSHOT, (route) => {
    calls += 1;
    return calls === 1
      ? route.fulfill({ status: 500, body: 'Internal Server Error' })
      : route.fulfill({ status: 200, contentType: 'application/json', body: good });
  });
  await page.goto('/fr/teams');
  await expectFailure(page, 'fr', ui.fr.error_http.replace('{status}', '500'));
  await page.getByRole('button', { name: ui.fr.error_retry }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.fr.teams_title);
  expect(calls).toBe(2);
  // Only the failed request itself is logged; nothing panicked.
  expect(errors.filter((e) => !e.includes('500'))).toEqual([]);
});

test('a missing snapshot (404) is explained in English on English pages', async ({ page }) => {
  await page.route(SNAPSHOT, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto('/en/about');
  await expectFailure(page, 'en', ui.en.error_http.replace('{status}', '404'));
  await expect(page).toHaveTitle(/Micronit/);
});

test('the network being down is explained', async ({ page }) => {
  await page.route(SNAPSHOT, (route) => route.abort('internetdisconnected'));
  await page.goto('/en/');
  await expectFailure(page, 'en', ui.en.error_network);
});

test('a snapshot that is not JSON is explained, with the line in the details', async ({ page }) => {
  await page.route(SNAPSHOT, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "schema_version": 1,\n  oops' }),
  );
  await page.goto('/fr/');
  await expectFailure(page, 'fr', ui.fr.error_syntax);
  await page.getByText(ui.fr.error_details).click();
  await expect(page.getByRole('alert').locator('pre')).toContainText('line 3');
});

test('a snapshot of another schema version is explained', async ({ page }) => {
  const future = JSON.stringify({ ...JSON.parse(good), schema_version: 4 });
  await page.route(SNAPSHOT, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: future }));
  await page.goto('/en/teams');
  await expectFailure(page, 'en', ui.en.error_version);
});

test('a snapshot of the wrong shape is explained', async ({ page }) => {
  const data = JSON.parse(good);
  data.teams[1].city = 42;
  await page.route(SNAPSHOT, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }),
  );
  await page.goto('/en/teams');
  await expectFailure(page, 'en', ui.en.error_invalid);
  await page.getByText(ui.en.error_details).click();
  // What is wrong, and where: the JSON path and the place in the text.
  const details = page.getByRole('alert').locator('pre');
  await expect(details).toContainText('teams[1].city: invalid type: integer `42`, expected a string');
  await expect(details).toContainText(/line 1, column \d+/);
});

test('an inconsistent snapshot is refused with the path of each error', async ({ page }) => {
  const data = JSON.parse(good);
  data.teams[0].website = 'javascript:alert(1)';
  data.teams[0].axes = [2, 9];
  await page.route(SNAPSHOT, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }),
  );
  await page.goto('/fr/teams/lnox');
  await expectFailure(page, 'fr', ui.fr.error_invalid);
  const details = page.getByRole('alert').locator('pre');
  await expect(details).toContainText('teams[0].website');
  await expect(details).toContainText('teams[0].axes[1]: unknown axis "9"');
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
});

test('while the snapshot is on its way: a rendered page stays, the app shell says it is loading', async ({ page }) => {
  const releasePage = await holdBack(page, SNAPSHOT);
  // A rendered page is readable meanwhile; the app hydrates it once it has the data.
  await page.goto('/en/teams');
  await expect(page.locator('#app[data-prerendered] main h1')).toHaveText(ui.en.teams_title);
  await expect(page.locator('#app[data-prerendered] main .team-card')).toHaveCount(snapshot.teams.length);
  await expect(page.locator('.boot')).toHaveCount(0);
  // An address with no rendered page (here a team the snapshot may hold, unknown when
  // the site was built) gets the shell, which says it is loading (index.html).
  const shell = await page.context().newPage();
  const releaseShell = await holdBack(shell, SNAPSHOT);
  await shell.goto('/en/teams/no-such-team');
  await expect(shell.getByRole('status')).toContainText('Loading…');
  releasePage();
  releaseShell();
  await ready(page);
  await expect(page.locator('main .team-card')).toHaveCount(snapshot.teams.length);
  await expect(shell.getByRole('heading', { level: 1 })).toHaveText(ui.en.not_found_title);
  await expect(shell.locator('.boot')).toHaveCount(0);
});

test('a missing translation shows the other language, marked as such', async ({ page }) => {
  const data = JSON.parse(good);
  data.teams[0].description.en = '';
  await page.route(SNAPSHOT, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }),
  );
  await page.goto('/en/teams/lnox');
  const fallback = page.locator('main span[lang="fr"]');
  await expect(fallback).toHaveText(data.teams[0].description.fr);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a latitude whose exponent underflows is read as 0 and refused, as the data tool does', async ({ page }) => {
  // `47.3941e-99999999999` is 0: a team off the coast of Africa, not in Tours.
  const body = good.replace('"lat": 47.3941,', '"lat": 47.3941e-99999999999,');
  expect(body).not.toBe(good);
  await page.route(SNAPSHOT, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto('/en/teams');
  await expectFailure(page, 'en', ui.en.error_invalid);
  await expect(page.getByRole('alert').locator('pre')).toContainText('coordinates (0, 0.6848) are outside');
});
