import { test, expect } from '@playwright/test';
import { LANGS, axe, countText, ready, snapshot, ui } from './helpers';

// Every figure of the network's tables leads to the directory filtered by exactly what
// it counts, and the directory then lists that many teams.

type T = { id: string; axes: number[]; status: string; tumor_types: string[]; expertise: string[] };
const teams = (snapshot as unknown as { teams: T[] }).teams;
for (const lang of LANGS) {
  test(`a cell of each team table leads to the directory with its filter and count (${lang})`, async ({ page }) => {
    for (const [summary, key, facet] of [
      [ui[lang].matrix_tumor_types, 'tumor', 'tumor_types'],
      [ui[lang].matrix_expertise, 'expertise', 'expertise'],
    ] as const) {
      await page.goto(`/${lang}/teams`);
      await ready(page);
      await page.getByText(summary).first().click();
      const table = page.getByRole('table', { name: summary });
      const options = (snapshot as unknown as Record<string, { id: string }[]>)[facet];
      // The totals' row gives, under each option, the teams that have it.
      const foot = table.locator('tfoot td');
      await expect(foot).toHaveCount(options.length);
      for (let i = 0; i < options.length; i++) {
        const n = teams.filter((t) => t[facet].includes(options[i].id)).length;
        await expect(foot.nth(i)).toHaveText(`${n}${countText(lang, n)}`);
      }
      // A "yes" of the first row leads to the directory filtered by its option.
      const yes = table.locator('tbody tr').first().locator('td.yes a').first();
      const href = (await yes.getAttribute('href'))!;
      const value = decodeURIComponent(href.split(`${key}=`)[1]);
      const expected = teams.filter((t) => t[facet].includes(value)).length;
      expect(expected).toBeGreaterThan(0);
      await yes.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/teams\\?${key}=${value}$`));
      await expect(page.locator('#results-count')).toHaveText(countText(lang, expected));
    }
  });

  test(`the topic-pair table counts the teams on both topics and leads to them (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/teams`);
    await ready(page);
    await page.getByText(ui[lang].pairs_title).first().click();
    const table = page.getByRole('table', { name: ui[lang].pairs_caption_network });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(snapshot.tumor_types.length);
    let linked: { tumor: string; skill: string; n: number } | undefined;
    for (let r = 0; r < snapshot.tumor_types.length; r++) {
      const tumor = snapshot.tumor_types[r].id;
      const cells = rows.nth(r).locator('td');
      const texts = await cells.allTextContents();
      expect(texts.length).toBe(snapshot.expertise.length);
      snapshot.expertise.forEach((skill, c) => {
        const n = teams.filter((t) => t.tumor_types.includes(tumor) && t.expertise.includes(skill.id)).length;
        expect(texts[c], `${tumor} × ${skill.id}`).toBe(`${n}${countText(lang, n)}`);
        if (n > 0 && !linked) linked = { tumor, skill: skill.id, n };
      });
    }
    await axe(page);
    expect(linked).toBeTruthy();
    const r = snapshot.tumor_types.findIndex((x) => x.id === linked!.tumor);
    const c = snapshot.expertise.findIndex((x) => x.id === linked!.skill);
    await rows.nth(r).locator('td').nth(c).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/teams\\?tumor=${linked!.tumor}&expertise=${linked!.skill}$`));
    await expect(page.locator('#results-count')).toHaveText(countText(lang, linked!.n));
  });

  test(`an axis page's tables count the axis's teams and lead to them (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/axes/2`);
    await ready(page);
    await page.getByText(ui[lang].matrix_tumor_types).first().click();
    const table = page.getByRole('table', { name: ui[lang].matrix_tumor_types });
    await expect(table.locator('tfoot th')).toHaveText(ui[lang].matrix_totals_axis);
    const of2 = teams.filter((t) => t.axes.includes(2));
    const i = snapshot.tumor_types.findIndex((x) => of2.some((t) => t.tumor_types.includes(x.id)));
    const tumor = snapshot.tumor_types[i].id;
    const n = of2.filter((t) => t.tumor_types.includes(tumor)).length;
    await expect(table.locator('tfoot td').nth(i)).toHaveText(`${n}${countText(lang, n)}`);
    await axe(page);
    await table.locator('tfoot td').nth(i).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/teams\\?axis=2&tumor=${tumor}$`));
    await expect(page.locator('#results-count')).toHaveText(countText(lang, n));
  });

  test(`the home page gives the network's counts, says how many teams the sources confirm, and the directory lists those whose status they do not state (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await ready(page);
    const declared = (snapshot as unknown as { about: { declared_counts: { teams: number; members: number; associated: number } } }).about.declared_counts;
    const figures = page.locator('ul.figures');
    await expect(figures).toContainText(`${declared.members} ${ui[lang].fig_members_other}`);
    await expect(figures).toContainText(`${declared.associated} ${ui[lang].fig_associated_other}`);
    // Only the teams' figure leads to a list, and the list holds that many.
    const links = figures.getByRole('link');
    await expect(links).toHaveCount(1);
    const known = (snapshot.teams as unknown as { illustrative: boolean }[]).filter((t) => !t.illustrative).length;
    const note = page.locator('.figures-known');
    await expect(note).toContainText(
      ui[lang].fig_known_other.replace('{n}', String(known)).replace('{teams}', String(teams.length)),
    );
    await axe(page);
    await note.getByRole('link', { name: ui[lang].fig_known_link }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/about#about-teams$`));
    await expect(page.getByRole('heading', { name: ui[lang].about_teams })).toBeInViewport();
    // The directory's status filter has an option for the teams whose status is not stated.
    await page.goto(`/${lang}/teams`);
    await ready(page);
    await page.getByRole('checkbox', { name: ui[lang].status_unstated }).check();
    await expect(page).toHaveURL(new RegExp(`/${lang}/teams\\?status=unstated$`));
    const unstated = teams.filter((t) => t.status === 'unstated');
    expect(unstated.length).toBeGreaterThan(0);
    await expect(page.locator('#results-count')).toHaveText(countText(lang, unstated.length));
    for (const team of unstated) await expect(page.locator(`.team-card[data-team="${team.id}"]`)).toBeVisible();
    // The teams' figure leads to the whole directory.
    await page.goto(`/${lang}/`);
    await ready(page);
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/teams$`));
    await expect(page.locator('#results-count')).toHaveText(countText(lang, declared.teams));
  });
}
