import { test, expect } from '@playwright/test';
import { snapshot, ui, ready } from './helpers';

test.describe('the root address picks a language from the browser', () => {
  for (const [locale, lang] of [
    ['fr-FR', 'fr'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
  ] as const) {
    test(`${locale} goes to /${lang}/`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await context.close();
    });
  }
});

test('the language switch keeps the page, the query string and the anchor', async ({ page }) => {
  await page.goto('/fr/teams?axis=2&q=herault#list');
  await ready(page);
  const toEnglish = page.getByRole('link', { name: ui.fr.lang_switch_to });
  await expect(toEnglish).toHaveAttribute('lang', 'en');
  await expect(toEnglish).toHaveAttribute('hreflang', 'en');
  await toEnglish.click();
  await expect(page).toHaveURL('/en/teams?axis=2&q=herault#list');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en.teams_title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(`${ui.en.teams_title} — Micronit`);

  await page.goto('/en/teams/lnox');
  await page.getByRole('link', { name: ui.en.lang_switch_to }).click();
  await expect(page).toHaveURL('/fr/teams/lnox');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(snapshot.teams[0].name.fr);
});

test('back and forward restore the page', async ({ page }) => {
  await page.goto('/en/');
  await ready(page);
  await page.getByRole('navigation', { name: ui.en.nav_label }).getByRole('link', { name: ui.en.nav_about }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en.about_title);
  await expect(page.getByRole('link', { name: ui.en.nav_about })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page).toHaveURL('/en/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Micronit');
  await page.goForward();
  await expect(page).toHaveURL('/en/about');
});

test('navigating inside the app fetches the snapshot once', async ({ page }) => {
  let fetches = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/data/consortium.json')) fetches += 1;
  });
  await page.goto('/fr/');
  await ready(page);
  for (const name of [ui.fr.nav_teams, ui.fr.nav_news, ui.fr.nav_about]) {
    await page.getByRole('navigation', { name: ui.fr.nav_label }).getByRole('link', { name }).click();
    await ready(page);
  }
  expect(fetches).toBe(1);
});

test('the skip link moves focus to the content', async ({ page }) => {
  await page.goto('/fr/about');
  await ready(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: ui.fr.skip_to_content });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  // It stays on the page.
  await expect(page).toHaveURL('/fr/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.fr.about_title);
});

test.describe('not found', () => {
  const cases = [
    { path: '/fr/nulle-part', lang: 'fr', text: ui.fr.not_found_text },
    { path: '/en/teams/no-such-team', lang: 'en', text: 'No team of the consortium has the id “no-such-team”.' },
    { path: '/fr/teams/no-such-team', lang: 'fr', text: 'Aucune équipe du consortium n’a l’identifiant «\u00a0no-such-team\u00a0».' },
    { path: '/en/axes/9', lang: 'en', text: 'The consortium has no research axis number 9.' },
    { path: '/en/axes/two', lang: 'en', text: ui.en.not_found_text },
    { path: '/en/news/nothing', lang: 'en', text: 'No news item matches “nothing”.' },
    { path: '/fr/teams/lnox/extra', lang: 'fr', text: ui.fr.not_found_text },
  ] as const;
  for (const c of cases) {
    test(`${c.path} gives the not-found page in ${c.lang}`, async ({ page }) => {
      await page.goto(c.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[c.lang].not_found_title);
      await expect(page.getByText(c.text)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
      await expect(page).toHaveTitle(`${ui[c.lang].not_found_title} — Micronit`);
      await page.getByRole('link', { name: ui[c.lang].not_found_home }).click();
      await expect(page).toHaveURL(`/${c.lang}/`);
    });
  }

  test('an unknown language falls back to the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/de/teams');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en.not_found_title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('an unknown team links back to the directory', async ({ page }) => {
    await page.goto('/en/teams/ghost');
    await page.getByRole('link', { name: ui.en.not_found_teams }).click();
    await expect(page).toHaveURL('/en/teams');
  });
});
