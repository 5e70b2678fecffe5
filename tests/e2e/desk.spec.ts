// The coordinators' desk (/fr/desk, /en/desk): a file opened in the browser is checked,
// compared with the published data, previewed as the whole site and downloaded as the
// data tool writes it, and never leaves the browser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LANGS, ready, snapshot, ui, watchErrors, type Lang } from './helpers';

const fixture = (name: string) => new URL(`../desk/${name}`, import.meta.url).pathname;
const BUNDLED = readFileSync(new URL('../../public/data/consortium.json', import.meta.url), 'utf8');
const MISSPELT_CSV = readFileSync(fixture('misspelt.csv'), 'utf8');
const lnox = snapshot.teams.find((t) => t.id === 'lnox')!;

const text = {
  fr: { errors: '1 erreur', validHeadline: 'Aucune erreur\u00a0: ce fichier peut être publié.', downloadTeams: 'Télécharger les équipes (tableur CSV)', row: 'Ligne 2, colonne tumor_types (cellule P2)', hint: 'vouliez-vous dire «\u00a0acute-leukemia\u00a0»', line: 'Ligne 3, colonne 3', changed: 'Équipes modifiées (1)', preview: 'Voir le site avec ces données', download: 'Télécharger consortium.json' },
  en: { errors: '1 error', validHeadline: 'No errors: this file can be published.', downloadTeams: 'Download the teams (CSV spreadsheet)', row: 'Row 2, column tumor_types (cell P2)', hint: 'did you mean "acute-leukemia"', line: 'Line 3, column 3', changed: 'Teams changed (1)', preview: 'See the site with this data', download: 'Download consortium.json' },
};

/** The data tool, as a coordinator's colleague would run it. */
const tool = (...args: string[]) => execFileSync('cargo', ['run', '--quiet', '-p', 'micronit-data', '--', ...args], { encoding: 'utf8' });

/** Opens the desk in `lang`, ready to take a file. */
async function openDesk(page: Page, lang: Lang) {
  await page.goto(`/${lang}/desk`);
  await ready(page);
  await expect(page.locator('#desk-file')).toBeEnabled();
}

/** Opens a file given by its name and content. */
async function check(page: Page, name: string, content: string | Buffer) {
  await page.setInputFiles('#desk-file', { name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
  await expect(page.locator('.desk-summary')).toBeVisible();
}

/** The misspelt spreadsheet with the misspelling fixed and LNOx given a new French name. */
function editedCsv(name: string): string {
  const fixed = MISSPELT_CSV.replace(',acute-leukaemia,', ',acute-leukemia,');
  expect(fixed).toContain(`,${lnox.name.fr},`);
  expect(name).not.toMatch(/[,"\n]/);
  return fixed.replace(`,${lnox.name.fr},`, `,${name},`);
}

for (const lang of LANGS) {
  test(`a spreadsheet with a misspelt tumor type gives its row, column, cell and hint (${lang})`, async ({ page }) => {
    const errors = watchErrors(page);
    await openDesk(page, lang);
    await page.setInputFiles('#desk-file', fixture('misspelt.csv'));
    const summary = page.locator('.desk-summary');
    await expect(summary.locator('h2')).toHaveText(text[lang].errors);
    // The summary takes focus, so that the verdict is read out at once.
    await expect(summary).toBeFocused();
    const finding = page.locator('.desk-finding');
    await expect(finding).toHaveCount(1);
    await expect(finding).toContainText(text[lang].row);
    await expect(finding).toContainText('acute-leukaemia');
    await expect(finding.locator('.desk-hint')).toContainText(text[lang].hint);
    // A file with errors can be neither previewed nor downloaded.
    await expect(page.getByRole('button', { name: text[lang].preview })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test(`a broken JSON snapshot gives its line and column (${lang})`, async ({ page }) => {
    await openDesk(page, lang);
    // The comma after the first key taken out.
    await check(page, 'consortium.json', BUNDLED.replace(',\n', '\n'));
    await expect(page.locator('.desk-summary h2')).toHaveText(text[lang].errors);
    await expect(page.locator('.desk-finding .desk-place')).toContainText(text[lang].line);
  });

  test(`an Excel and a LibreOffice file give the same verdict as the same CSV (${lang})`, async ({ page }) => {
    await openDesk(page, lang);
    const verdicts = [];
    for (const name of ['misspelt.csv', 'misspelt.xlsx', 'misspelt.ods']) {
      await page.setInputFiles('#desk-file', fixture(name));
      await expect(page.locator('.desk-file code')).toHaveText(name);
      verdicts.push(await page.locator('.desk-findings').innerText());
    }
    expect(verdicts[0]).toContain('P2');
    expect(verdicts[1]).toBe(verdicts[0]);
    expect(verdicts[2]).toBe(verdicts[0]);
  });

  test(`axe-core finds nothing on the desk with a verdict and its changes shown (${lang})`, async ({ page }) => {
    await openDesk(page, lang);
    await page.setInputFiles('#desk-file', fixture('misspelt.csv'));
    await expect(page.locator('.desk-changes')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await check(page, 'edited.csv', editedCsv('Un nom changé'));
    await expect(page.locator('.desk-actions')).toBeVisible();
    const valid = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(valid.violations.map((v) => v.id)).toEqual([]);
  });
}

for (const lang of LANGS) {
  test(`an edited name is a change with its old and new values, downloaded as the data tool writes it, and previewed until the preview is left (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const requests: { url: string; body: string | null }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() }));
    // (No comma: the cell is written into the CSV unquoted.)
    const name = 'Niche leucémique — nom modifié pour l’aperçu';
    const csv = editedCsv(name);
    await openDesk(page, lang);
    await check(page, 'équipes.csv', csv);
    await expect(page.locator('.desk-summary h2')).toHaveText(text[lang].validHeadline);
    await expect(page.getByRole('heading', { name: text[lang].changed })).toBeVisible();
    const change = page.locator('.desk-team-changes');
    await expect(change).toHaveCount(1);
    await expect(change.locator('tbody tr')).toHaveCount(1);
    await expect(change.locator('.desk-before')).toHaveText(lnox.name.fr);
    await expect(change.locator('.desk-after')).toHaveText(name);

    // The downloads are the data tool's output for the same spreadsheet, byte for byte;
    // the snapshot passes its strictest check.
    const dir = mkdtempSync(join(tmpdir(), 'micronit-desk-'));
    const save = async (button: string, file: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
      expect(download.suggestedFilename()).toBe(file);
      const path = join(dir, file);
      await download.saveAs(path);
      return path;
    };
    const downloaded = await save(text[lang].download, 'consortium.json');
    const teams = await save(text[lang].downloadTeams, 'teams.csv');
    const csvPath = join(dir, 'edited.csv');
    writeFileSync(csvPath, csv);
    expect(readFileSync(downloaded, 'utf8')).toBe(tool('import-csv', 'public/data/consortium.json', csvPath));
    expect(tool('validate', '--strict', downloaded)).toContain('valid: 27 teams');
    expect(readFileSync(teams, 'utf8')).toBe(tool('export-csv', downloaded));

    // The preview: the whole site drawn from the file, with its banner, kept on reload.
    await page.getByRole('button', { name: text[lang].preview }).click();
    await page.waitForURL(new RegExp(`/${lang}/$`));
    await ready(page);
    const banner = page.getByRole('region', { name: ui[lang].sitejs_preview_label });
    await expect(banner).toContainText('équipes.csv');
    await page.goto(`/${lang}/teams/lnox`);
    await ready(page);
    const shown = lang === 'fr' ? name : lnox.name.en;
    await expect(page.locator('main h1')).toContainText(shown);
    await expect(banner).toBeVisible();
    await page.reload();
    await ready(page);
    await expect(page.locator('main h1')).toContainText(shown);
    await expect(banner).toBeVisible();
    // The banner follows the language switch.
    const other = lang === 'fr' ? 'en' : 'fr';
    await page.locator('.lang-switch').click();
    await page.waitForURL(new RegExp(`/${other}/teams/lnox$`));
    await expect(page.getByRole('region', { name: ui[other].sitejs_preview_label })).toContainText(ui[other].sitejs_preview.split('{file}')[0]);
    await page.getByRole('button', { name: ui[other].sitejs_preview_leave }).click();
    await page.waitForLoadState('load');
    await ready(page);
    await expect(page.locator('main h1')).toContainText(lnox.name[other]);
    await expect(page.locator('main h1')).not.toContainText(name);
    await expect(page.locator('.preview-banner')).toHaveCount(0);

    // Nothing of the file left the browser.
    expect(requests.filter((r) => r.body !== null)).toEqual([]);
    expect(requests.filter((r) => decodeURIComponent(r.url).includes('modifié'))).toEqual([]);
  });
}

test('a file too large for the tab\'s storage is not previewed, and says so', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'micronit-preview') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await openDesk(page, 'en');
  await check(page, 'consortium.json', BUNDLED);
  await page.getByRole('button', { name: text.en.preview }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'too large to preview' })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/desk$/);
  expect(await page.evaluate(() => sessionStorage.getItem('micronit-preview'))).toBeNull();
});

test('when the published data cannot be loaded, the desk still checks a whole snapshot, and says why a spreadsheet cannot be read', async ({ page }) => {
  await page.route('**/data/consortium.json', (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto('/en/desk');
  await ready(page);
  await expect(page.locator('main h1')).toHaveText(ui.en.desk_title);
  await expect(page.locator('.desk-failed')).toContainText('The published data could not be loaded');
  await expect(page.locator('#desk-file')).toBeEnabled();
  await check(page, 'consortium.json', BUNDLED);
  await expect(page.locator('.desk-summary h2')).toHaveText(text.en.validHeadline);
  await expect(page.locator('.desk-changes')).toHaveCount(0);
  await page.setInputFiles('#desk-file', fixture('misspelt.csv'));
  await expect(page.locator('.desk-file code')).toHaveText('misspelt.csv');
  await expect(page.locator('.desk-finding')).toContainText('the published data, which give the rest, could not be loaded');
});

test('a file with errors is never previewed, and the published data stays', async ({ page }) => {
  await openDesk(page, 'en');
  await page.setInputFiles('#desk-file', fixture('misspelt.csv'));
  await expect(page.locator('.desk-summary h2')).toHaveText(text.en.errors);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('the language switch keeps the file and says its verdict in the other language', async ({ page }) => {
  await openDesk(page, 'fr');
  await page.setInputFiles('#desk-file', fixture('misspelt.csv'));
  await expect(page.locator('.desk-summary h2')).toHaveText(text.fr.errors);
  await page.locator('.lang-switch').click();
  await page.waitForURL(/\/en\/desk$/);
  await expect(page.locator('.desk-summary h2')).toHaveText(text.en.errors);
  await expect(page.locator('.desk-finding')).toContainText(text.en.row);
});

test('the public pages fetch nothing of the desk, and the desk is not indexed', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  for (const path of ['/fr/', '/en/teams', '/fr/teams/lnox']) {
    await page.goto(path);
    await ready(page);
  }
  expect(fetched.filter((p) => p.startsWith('/desk/'))).toEqual([]);
  // The footer leads to it; the desk page says noindex (and the sitemap leaves it out:
  // the data tool's test).
  await page.goto('/en/');
  await ready(page);
  await page.getByRole('link', { name: ui.en.footer_desk }).click();
  await expect(page).toHaveURL(/\/en\/desk$/);
  await expect(page.locator('#desk-file')).toBeEnabled();
  expect(fetched.some((p) => p.startsWith('/desk/micronit-desk-'))).toBe(true);
  const saved = await (await page.request.get('/fr/desk')).text();
  expect(saved).toContain('<meta name="robots" content="noindex">');
});

test('when the desk cannot be fetched, its page says so', async ({ page }) => {
  await page.route(/\/desk\/micronit-desk-/, (route) => route.abort());
  await page.goto('/fr/desk');
  await ready(page);
  await expect(page.getByRole('alert')).toContainText(ui.fr.desk_failed.slice(0, 40));
});

test('a file dropped on the desk is checked like one chosen', async ({ page }) => {
  await openDesk(page, 'en');
  const dataTransfer = await page.evaluateHandle((csv) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
    return transfer;
  }, MISSPELT_CSV);
  await page.dispatchEvent('.desk-open', 'dragover', { dataTransfer });
  await expect(page.locator('.desk-open')).toHaveClass(/dragging/);
  await page.dispatchEvent('.desk-open', 'drop', { dataTransfer });
  await expect(page.locator('.desk-file code')).toHaveText('dropped.csv');
  await expect(page.locator('.desk-finding')).toContainText(text.en.row);
  await expect(page.locator('.desk-open')).not.toHaveClass(/dragging/);
});

for (const lang of LANGS) {
  test(`the about page and the legal notice lead coordinators to the desk (${lang})`, async ({ page }) => {
    for (const path of [`/${lang}/about`, `/${lang}/legal`]) {
      await page.goto(path);
      await ready(page);
      const section = page.getByRole('region', { name: ui[lang].coordinators_h });
      await expect(section).toBeVisible();
      await section.getByRole('link', { name: ui[lang].desk_title }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/desk$`));
      await expect(page.locator('#desk-file')).toBeEnabled();
    }
  });
}

test('the desk with a verdict and its changes fits a 320 px screen without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const lang of LANGS) {
    await openDesk(page, lang);
    await page.setInputFiles('#desk-file', fixture('misspelt.csv'));
    await expect(page.locator('.desk-counts')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, lang).toBeLessThanOrEqual(0);
  }
});
