import { test, expect } from '@playwright/test';
import { LANGS, routes, snapshot, ui, watchErrors, ready, escape } from './helpers';

for (const lang of LANGS) {
  test.describe(`every route in ${lang}`, () => {
    for (const route of routes(lang)) {
      test(`${route.path} renders from the snapshot`, async ({ page }) => {
        const errors = watchErrors(page);
        await page.goto(route.path);
        await ready(page);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.h1);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        // The title names the page and the site, in the page's language.
        await expect(page).toHaveTitle(/Micronit/);
        const description = await page.locator('meta[name=description]').getAttribute('content');
        expect(description?.length).toBeGreaterThan(20);
        // Layout: skip link, banner with the main navigation, language switch, footer.
        await expect(page.getByRole('link', { name: ui[lang].skip_to_content })).toBeAttached();
        const nav = page.getByRole('navigation', { name: ui[lang].nav_label });
        await expect(nav.getByRole('link')).toHaveCount(6);
        await expect(page.getByRole('contentinfo')).toContainText(ui[lang].footer_about);
        // The language switch leads to the same page in the other language.
        const other = lang === 'fr' ? 'en' : 'fr';
        await page.getByRole('link', { name: ui[lang].lang_switch_to }).click();
        await expect(page).toHaveURL(route.path.replace(`/${lang}/`, `/${other}/`));
        await expect(page.locator('html')).toHaveAttribute('lang', other);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(errors).toEqual([]);
      });
    }
  });
}

test('page titles follow the page and language', async ({ page }) => {
  await page.goto('/fr/teams');
  await ready(page);
  await expect(page).toHaveTitle(`${ui.fr.teams_title} — Micronit`);
  await page.goto('/en/about');
  await ready(page);
  await expect(page).toHaveTitle(`${ui.en.about_title} — Micronit`);
  await page.goto('/en/axes/2');
  await ready(page);
  await expect(page).toHaveTitle(`Axis 2: ${snapshot.axes[1].title.en} — Micronit`);
});

test('the home page shows figures computed from the snapshot and links in', async ({ page }) => {
  await page.goto('/en/');
  await ready(page);
  const figures = page.getByRole('region', { name: ui.en.home_figures });
  await expect(figures).toContainText(`${snapshot.axes.length} research axes`);
  await expect(figures).toContainText(`${snapshot.tumor_types.length} tumor types`);
  for (const axis of snapshot.axes) {
    await expect(page.getByRole('link', { name: axis.title.en })).toHaveAttribute('href', `en/axes/${axis.number}`);
  }
  await page.getByRole('link', { name: ui.en.home_directory }).click();
  await expect(page).toHaveURL('/en/teams');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en.teams_title);
});

test('the team page shows every field and opens the website safely', async ({ page }) => {
  const team = snapshot.teams.find((t) => t.id === 'lnox')!;
  await page.goto('/fr/teams/lnox');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(team.acronym!);
  await expect(page.locator('dl').getByText('Olivier Hérault')).toBeVisible();
  await expect(page.locator('dl').getByText(team.city, { exact: true })).toBeVisible();
  const site = page.getByRole('link', { name: new RegExp(escape(team.website!)) });
  await expect(site).toHaveAttribute('target', '_blank');
  await expect(site).toHaveAttribute('rel', /noopener/);
  await expect(site).toContainText(ui.fr.new_tab);
  // Its axes link to the axis pages.
  await page.getByRole('link', { name: new RegExp(escape(snapshot.axes[1].title.fr)) }).click();
  await expect(page).toHaveURL('/fr/axes/2');
  await expect(page.getByRole('link', { name: /LNOx/ })).toBeVisible();
});

test('the about page lists the axes, the 13 areas of expertise and the 14 tumor types', async ({ page }) => {
  await page.goto('/fr/about');
  await ready(page);
  await expect(page.getByRole('main').getByText('GDR 3697', { exact: true })).toBeVisible();
  await expect(page.getByText('janvier 2015 par le CNRS')).toBeVisible();
  const expertise = page.getByRole('region', { name: ui.fr.about_expertise });
  await expect(expertise.getByRole('listitem')).toHaveCount(snapshot.expertise.length);
  const tumors = page.getByRole('region', { name: ui.fr.about_tumor_types });
  await expect(tumors.getByRole('listitem')).toHaveCount(snapshot.tumor_types.length);
});

test('news dates are written the way each language writes them', async ({ page }) => {
  const item = snapshot.news[0];
  await page.goto(`/fr/news/${item.slug}`);
  await ready(page);
  await expect(page.locator('time').first()).toHaveText('7 novembre 2019');
  await page.goto(`/en/news/${item.slug}`);
  await ready(page);
  await expect(page.locator('time').first()).toHaveText('November 7, 2019');
  await expect(page.getByRole('link', { name: /Oncogene/ })).toHaveAttribute('href', 'https://doi.org/10.1038/s41388-019-1069-y');
});

test('events are split into upcoming and past ones', async ({ page }) => {
  await page.goto('/en/events');
  await ready(page);
  const past = page.getByRole('region', { name: ui.en.events_past });
  await expect(past).toContainText(snapshot.events[0].title.en);
  await expect(past).toContainText('November 7–8, 2019');
  await expect(page.getByRole('region', { name: ui.en.events_upcoming })).toContainText(ui.en.events_none_upcoming);
});

test('partners show their role for the consortium', async ({ page }) => {
  await page.goto('/fr/partners');
  await ready(page);
  for (const p of snapshot.partners) {
    await expect(page.getByRole('heading', { name: new RegExp(escape(p.name.fr)) })).toBeVisible();
    await expect(page.getByText(p.role.fr)).toBeVisible();
  }
});

test('the directory lists every team and marks the illustrative ones', async ({ page }) => {
  const teams = JSON.parse(JSON.stringify(snapshot.teams)) as { id: string; illustrative: boolean }[];
  const illustrative = teams.filter((t) => t.illustrative);
  for (const lang of ['fr', 'en'] as const) {
    await page.goto(`/${lang}/teams`);
    await ready(page);
    await expect(page.locator('.team-card')).toHaveCount(teams.length);
    await expect(page.getByText(ui[lang].illustrative_summary)).toBeVisible();
    await expect(page.locator('.team-card').filter({ hasText: ui[lang].illustrative_badge })).toHaveCount(illustrative.length);
    // The real teams carry no such mark.
    await expect(page.locator('.team-card').filter({ hasText: 'LNOx' })).not.toContainText(ui[lang].illustrative_badge);
    await page.goto(`/${lang}/teams/${illustrative[0].id}`);
    await ready(page);
    await expect(page.getByText(ui[lang].illustrative_note)).toBeVisible();
  }
});

test('a news item the source does not date says so', async ({ page }) => {
  const undated = (snapshot.news as { slug: string; date?: string; title: { en: string } }[]).find((n) => !n.date)!;
  await page.goto(`/en/news/${undated.slug}`);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(undated.title.en);
  await expect(page.getByText(ui.en.news_undated)).toBeVisible();
});

test('the footer leads to the legal notice and the accessibility statement, which say what the site does not do', async ({ page }) => {
  await page.goto('/fr/');
  await ready(page);
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('link', { name: ui.fr.footer_legal }).click();
  await expect(page).toHaveURL('/fr/legal');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.fr.legal_title);
  await expect(page.getByRole('main')).toContainText(ui.fr.legal_data);
  await footer.getByRole('link', { name: ui.fr.footer_a11y }).click();
  await expect(page).toHaveURL('/fr/accessibility');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.fr.a11y_title);
  await expect(page.getByRole('main')).toContainText(ui.fr.a11y_status);
  await page.getByRole('link', { name: ui.fr.lang_switch_to }).click();
  await expect(page).toHaveURL('/en/accessibility');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en.a11y_title);
});
