import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { countText, snapshot, ui, ready } from './helpers';

type Team = {
  id: string;
  axes: number[];
  tumor_types: string[];
  expertise: string[];
  status: string;
  region: string;
  city: string;
};
const teams = snapshot.teams as unknown as Team[];
const cards = (page: Page) => page.locator('.team-card');
test('facets combine: OR inside one, AND across; the count matches the list', async ({ page }) => {
  await page.goto('/en/teams');
  await ready(page);
  await expect(cards(page)).toHaveCount(teams.length);
  await page.getByRole('checkbox', { name: /^Acute leukemia/ }).check();
  await page.getByRole('checkbox', { name: /^Glioblastomas/ }).check();
  await expect(page).toHaveURL('/en/teams?tumor=acute-leukemia,glioblastoma');
  const either = teams.filter((t) => t.tumor_types.includes('acute-leukemia') || t.tumor_types.includes('glioblastoma'));
  await expect(cards(page)).toHaveCount(either.length);
  await page.getByRole('checkbox', { name: /^Associated team/ }).check();
  const both = either.filter((t) => t.status === 'associated');
  await expect(cards(page)).toHaveCount(both.length);
  await expect(page.locator('#results-count')).toHaveText(countText('en', both.length));
  await expect(page.locator('#results-count')).toHaveAttribute('aria-live', 'polite');
});

test('each option shows how many teams it would give', async ({ page }) => {
  await page.goto('/fr/teams?axis=2');
  await ready(page);
  const options = page.locator('fieldset').filter({ hasText: ui.fr.filters_expertise }).locator('li');
  const n = await options.count();
  expect(n).toBe(snapshot.expertise.length);
  for (let i = 0; i < n; i++) {
    const option = options.nth(i);
    const text = (await option.locator('.count').textContent()) ?? '';
    const expected = text.includes(ui.fr.filters_none_option) ? 0 : Number(text.replace(/[()]/g, ''));
    await option.getByRole('checkbox').check();
    await expect(cards(page)).toHaveCount(expected);
    if (expected === 0) await expect(page.getByText(ui.fr.filters_empty)).toBeVisible();
    await option.getByRole('checkbox').uncheck();
  }
});

test('the address holds the filters: a copied link gives the same view', async ({ page }) => {
  await page.goto('/en/teams?axis=1&status=associated&q=hypoxia');
  await ready(page);
  await expect(page.getByRole('checkbox', { name: /^Axis 1/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Associated team/ })).toBeChecked();
  await expect(page.getByLabel(ui.en.filters_search)).toHaveValue('hypoxia');
  await expect(page.getByRole('button', { name: 'Remove the filter Search: hypoxia' })).toBeVisible();
  const expected = teams.filter((t) => t.axes.includes(1) && t.status === 'associated' && t.expertise.includes('hypoxia'));
  await expect(cards(page)).toHaveCount(expected.length);
});

test('back and forward step through the filters, and the language switch keeps them', async ({ page }) => {
  await page.goto('/fr/teams');
  await ready(page);
  await page.getByRole('checkbox', { name: /^Axe 3/ }).check();
  await expect(page).toHaveURL('/fr/teams?axis=3');
  await page.getByRole('checkbox', { name: /^Myélomes/ }).check();
  await expect(page).toHaveURL('/fr/teams?axis=3&tumor=myeloma');
  await page.goBack();
  await expect(page).toHaveURL('/fr/teams?axis=3');
  await expect(page.getByRole('checkbox', { name: /^Myélomes/ })).not.toBeChecked();
  await expect(cards(page)).toHaveCount(teams.filter((t) => t.axes.includes(3)).length);
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^Myélomes/ })).toBeChecked();
  await page.getByRole('link', { name: ui.fr.lang_switch_to }).click();
  await expect(page).toHaveURL('/en/teams?axis=3&tumor=myeloma');
  await expect(page.getByRole('checkbox', { name: /^Myelomas/ })).toBeChecked();
  await expect(cards(page)).toHaveCount(teams.filter((t) => t.axes.includes(3) && t.tumor_types.includes('myeloma')).length);
});

test('the search ignores case and accents', async ({ page }) => {
  await page.goto('/fr/teams');
  await ready(page);
  const search = page.getByLabel(ui.fr.filters_search);
  await search.fill('herault');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page)).toContainText('LNOx');
  await search.fill('HEPATO');
  const hepato = teams.filter((t) => t.tumor_types.includes('hepatocellular-carcinoma'));
  await expect(cards(page)).toHaveCount(hepato.length);
  await expect(page).toHaveURL('/fr/teams?q=HEPATO');
});

test('chips remove one filter; clear all removes them all; the empty state says what to do', async ({ page }) => {
  await page.goto('/en/teams?region=bretagne&tumor=melanoma');
  await ready(page);
  await expect(page.getByText(ui.en.filters_empty)).toBeVisible();
  await page.getByRole('button', { name: 'Remove the filter Melanoma' }).click();
  await expect(page).toHaveURL('/en/teams?region=bretagne');
  await expect(cards(page)).toHaveCount(teams.filter((t) => t.region === 'bretagne').length);
  await page.getByRole('button', { name: ui.en.filters_clear }).click();
  await expect(page).toHaveURL('/en/teams');
  await expect(cards(page)).toHaveCount(teams.length);
  await expect(page.getByRole('button', { name: ui.en.filters_clear })).toHaveCount(0);
});

test('a whole tumor group is ticked at once', async ({ page }) => {
  await page.goto('/en/teams');
  await ready(page);
  await page.getByRole('checkbox', { name: `Tick all: ${ui.en.group_hematological}` }).check();
  await expect(page).toHaveURL(/tumor=acute-leukemia,chronic-lymphocytic-leukemia,chronic-myeloid-leukemia,lymphoma,myelodysplasia,myeloma$/);
  const hema = ['myelodysplasia', 'acute-leukemia', 'chronic-myeloid-leukemia', 'chronic-lymphocytic-leukemia', 'lymphoma', 'myeloma'];
  await expect(cards(page)).toHaveCount(teams.filter((t) => t.tumor_types.some((x) => hema.includes(x))).length);
});

test('the filters work from the keyboard alone', async ({ page }) => {
  await page.goto('/en/teams');
  await ready(page);
  await page.getByLabel(ui.en.filters_search).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /^Axis 1/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL('/en/teams?axis=1');
  await expect(cards(page)).toHaveCount(teams.filter((t) => t.axes.includes(1)).length);
  // The focus stays on the option just toggled.
  await expect(page.getByRole('checkbox', { name: /^Axis 1/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL('/en/teams');
});

for (const lang of ['fr', 'en'] as const) {
  test(`axe-core finds nothing on a filtered directory in ${lang}`, async ({ page }) => {
    await page.goto(`/${lang}/teams?axis=2&tumor=melanoma&q=a`);
    await ready(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the tables follow the filters and say yes or no in every cell', async ({ page }) => {
  await page.goto('/en/teams?tumor=glioblastoma');
  await ready(page);
  await page.getByText(ui.en.matrix_tumor_types).first().click();
  const table = page.getByRole('table', { name: ui.en.matrix_tumor_types });
  const expected = teams.filter((t) => t.tumor_types.includes('glioblastoma'));
  await expect(table.locator('tbody tr')).toHaveCount(expected.length);
  await expect(table.getByRole('columnheader')).toHaveCount(1 + snapshot.tumor_types.length);
  // Every row has a yes under Glioblastomas, read out as "yes".
  const column = 1 + snapshot.tumor_types.findIndex((x) => x.id === 'glioblastoma');
  for (let r = 0; r < expected.length; r++) {
    const glioblastoma = snapshot.tumor_types.find((x) => x.id === 'glioblastoma')!.name.en;
    await expect(table.locator('tbody tr').nth(r).locator('td').nth(column - 1)).toHaveText(`●${ui.en.matrix_yes_link.replace('{option}', glioblastoma)}`);
  }
  await expect(table.locator('td').filter({ hasText: 'no' }).first()).toBeAttached();
  await page.getByText(ui.en.matrix_expertise).first().click();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the filtered list downloads as CSV, in the page language and order', async ({ page }) => {
  await page.goto('/fr/teams?status=associated&sort=city');
  await ready(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: ui.fr.export_csv }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(ui.fr.export_file);
  const { readFileSync } = await import('node:fs');
  const text = readFileSync((await download.path())!, 'utf8');
  const lines = text.replace(/^\ufeff/, '').trim().split('\r\n');
  const associated = teams.filter((t) => t.status === 'associated');
  expect(lines.length).toBe(1 + associated.length);
  expect(lines[0]).toContain(ui.fr.field_city);
  const cities = lines.slice(1).map((l) => l.split(',')[1]);
  expect(cities).toEqual([...cities].sort((a, b) => a.localeCompare(b, 'fr')));
  expect(new Set(cities)).toEqual(new Set(associated.map((t) => t.city)));
});

/** Serves a synthetic snapshot of `teams` teams, made by the release data tool (built by
 * the test command before the browser tests). */
async function serveSynthetic(page: Page, teams: number) {
  const { execFileSync } = await import('node:child_process');
  const body = execFileSync('target/release/micronit-data', ['synth', '--teams', String(teams)], { maxBuffer: 1 << 28 }).toString();
  await page.route('**/data/consortium.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

test('the CSV of 5,000 teams downloads whole', async ({ page }) => {
  await serveSynthetic(page, 5000);
  await page.goto('/en/teams');
  await ready(page);
  await expect(page.locator('#results-count')).toHaveText('5000 teams');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: ui.en.export_csv }).click(),
  ]);
  const { readFileSync } = await import('node:fs');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.replace(/^\ufeff/, '').trim().split('\r\n').length).toBe(5001);
  // The page itself stays where it was.
  await expect(page).toHaveURL(/\/en\/teams$/);
});

test('an axis page lists its teams with the same filters, the axis fixed', async ({ page }) => {
  await page.goto('/fr/axes/2');
  await ready(page);
  const onAxis = teams.filter((t) => t.axes.includes(2));
  await expect(cards(page)).toHaveCount(onAxis.length);
  await expect(page.getByRole('group', { name: ui.fr.filters_axis })).toHaveCount(0);
  await page.getByRole('checkbox', { name: /^Myélomes/ }).check();
  await expect(page).toHaveURL('/fr/axes/2?tumor=myeloma');
  await expect(cards(page)).toHaveCount(onAxis.filter((t) => t.tumor_types.includes('myeloma')).length);
  await expect(page.getByRole('button', { name: /^Retirer le filtre/ })).toHaveCount(1);
  await page.getByRole('button', { name: ui.fr.filters_clear }).click();
  await expect(page).toHaveURL('/fr/axes/2');
  await expect(cards(page)).toHaveCount(onAxis.length);
});

test('a long result is shown fifty teams at a time', async ({ page }) => {
  await serveSynthetic(page, 230);
  await page.goto('/en/teams');
  await ready(page);
  await expect(page.locator('#results-count')).toHaveText('230 teams');
  await expect(cards(page)).toHaveCount(50);
  for (const shown of [100, 150, 200]) {
    await page.getByRole('button', { name: 'Show 50 more teams (of 230)' }).click();
    await expect(cards(page)).toHaveCount(shown);
  }
  await page.getByRole('button', { name: 'Show 30 more teams (of 230)' }).click();
  await expect(cards(page)).toHaveCount(230);
  await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
  // A new filter starts again from the top.
  await page.getByRole('checkbox', { name: /^GDR member/ }).check();
  await expect(cards(page)).toHaveCount(50);
});

test('on a phone the options are folded under the search, the results come first', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/fr/teams');
  await ready(page);
  await expect(page.getByLabel(ui.fr.filters_search)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Axe 1/ })).toBeHidden();
  await expect(cards(page).first()).toBeInViewport({ ratio: 0.1 });
  await page.getByText(ui.fr.filters_toggle).click();
  await page.getByRole('checkbox', { name: /^Axe 1/ }).check();
  await expect(page).toHaveURL('/fr/teams?axis=1');
});

test('the whole journey works with the keyboard alone', async ({ page }) => {
  await page.goto('/en/teams');
  await ready(page);
  const tabUntil = async (name: RegExp, max = 150) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''} ${el.id}` : '';
      });
      if (name.test(focused)) return;
    }
    throw new Error(`never reached ${name}`);
  };
  // Skip link, then into the search box.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await tabUntil(/team-search/);
  await page.keyboard.type('tours');
  await expect(page).toHaveURL('/en/teams?q=tours');
  // Tick a tumor type with the space bar.
  await tabUntil(/f-tumor-acute-leukemia/);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL('/en/teams?tumor=acute-leukemia&q=tours');
  await expect(cards(page)).toHaveCount(1);
  // Remove the search with its chip.
  await tabUntil(/Remove the filter Search: tours/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en/teams?tumor=acute-leukemia');
  // Open a team.
  await tabUntil(/LNOx/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en/teams/lnox');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('LNOx');
});

test('a filter changes the directory in place: the box keeps focus, the page is not drawn again', async ({ page }) => {
  await page.goto('/en/teams');
  await ready(page);
  await page.locator('.directory').evaluate((el) => el.setAttribute('data-probe', 'kept'));
  const box = page.getByRole('checkbox', { name: /^Axis 1:/ });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/axis=1/);
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();
  // The same element as before the click: only what depends on the filter changed.
  await expect(page.locator('.directory[data-probe=kept]')).toHaveCount(1);
  await page.goBack();
  await expect(page).not.toHaveURL(/axis=1/);
  await expect(page.locator('.directory[data-probe=kept]')).toHaveCount(1);
});
