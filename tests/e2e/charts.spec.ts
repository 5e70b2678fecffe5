import { test, expect, type Locator } from '@playwright/test';
import { LANGS, axe, countText, ready, snapshot, ui, type Lang } from './helpers';

// The network's figures drawn: each chart an image named by its heading, beside a table of
// the same figures, which are the snapshot's; the illustrative share drawn paler and said.

type T = { id: string; axes: number[]; status: string; region: string; tumor_types: string[]; expertise: string[]; illustrative: boolean };
type Named = { id: string; name: { fr: string; en: string }; group?: string };
const data = snapshot as unknown as { teams: T[]; regions: Named[]; tumor_types: Named[]; expertise: Named[] };
const colon = (lang: Lang) => (lang === 'fr' ? '\u00a0: ' : ': ');

type Rows = [string, number, number][];

/** Each chart's expected rows, in the order drawn: [label, teams, of which illustrative],
 * for `teams`; a ranked chart the most teams first, equal counts in the snapshot's order. */
function expected(lang: Lang, teams: T[]): Record<string, Rows> {
  const rows = (options: [string, string][], has: (t: T, value: string) => boolean, ranked: boolean): Rows => {
    const out: Rows = options.map(([value, label]) => {
      const with_ = teams.filter((t) => has(t, value));
      return [label, with_.length, with_.filter((t) => t.illustrative).length];
    });
    // Array.prototype.sort is stable: equal counts keep their order.
    return ranked ? out.sort((a, b) => b[1] - a[1]) : out;
  };
  const named = (xs: Named[]) => xs.map((x) => [x.id, x.name[lang]] as [string, string]);
  const usedRegions = data.regions.filter((r) => data.teams.some((t) => t.region === r.id));
  const tumors = (group: string) => rows(named(data.tumor_types.filter((x) => x.group === group)), (t, v) => t.tumor_types.includes(v), true);
  return {
    chart_axes: rows(
      snapshot.axes.map((a) => [String(a.number), `${ui[lang].axis_label.replace('{n}', String(a.number))}${colon(lang)}${a.title[lang]}`]),
      (t, v) => t.axes.includes(Number(v)),
      false,
    ),
    chart_tumor_types: [...tumors('hematological'), ...tumors('solid')],
    chart_expertise: rows(named(data.expertise), (t, v) => t.expertise.includes(v), true),
    chart_regions: rows(named(usedRegions), (t, v) => t.region === v, true),
    chart_status: rows(
      [
        ['member', ui[lang].status_member],
        ['associated', ui[lang].status_associated],
        ['unstated', ui[lang].status_unstated],
      ],
      (t, v) => t.status === v,
      false,
    ),
  };
}

/** The rows of a chart's table, once opened, in their order: [label, teams, of which
 * illustrative]. */
async function tableOf(chart: Locator): Promise<Rows> {
  await chart.locator('summary').click();
  const out: Rows = [];
  for (const row of await chart.locator('table tbody tr:has(td)').all()) {
    // The figure's cell shows "4" and says "4 teams".
    const teams = await row.locator('td').first().locator('[aria-hidden="true"]').textContent();
    out.push([(await row.locator('th').textContent())!, Number(teams), Number(await row.locator('td').nth(1).textContent())]);
  }
  return out;
}

for (const lang of LANGS) {
  test(`the home page draws the network's charts, each named, its table the snapshot's figures (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await ready(page);
    const want = expected(lang, data.teams);
    for (const key of Object.keys(want)) {
      const image = page.getByRole('img', { name: ui[lang][key], exact: true });
      await expect(image, key).toHaveCount(1);
      const chart = page.locator('section.chart').filter({ has: image });
      expect(await tableOf(chart), key).toEqual(want[key]);
      // The table and its disclosure are named after the chart too.
      await expect(chart.getByRole('table', { name: ui[lang][key], exact: true })).toHaveCount(1);
      await expect(chart.locator('summary')).toHaveText(`${ui[lang].chart_table}${colon(lang)}${ui[lang][key]}`);
      // The bars' figures are the table's, in the order drawn.
      const drawn = (await image.locator('text.figure').allTextContents()).map(Number);
      const listed = (await chart.locator('tbody td:first-of-type [aria-hidden="true"]').allTextContents()).map(Number);
      expect(drawn, key).toEqual(listed);
    }
    // The tumor types in their two groups, each a body of rows under its heading.
    const tumors = page.locator('section.chart').filter({ has: page.getByRole('img', { name: ui[lang].chart_tumor_types }) });
    await expect(tumors.locator('tbody > tr:first-child > th[scope="rowgroup"]')).toHaveText([ui[lang].group_hematological, ui[lang].group_solid]);
    await expect(tumors.locator('svg text.group')).toHaveText([ui[lang].group_hematological, ui[lang].group_solid]);
    await axe(page);
  });

  test(`a bar's length is its share of the largest, its illustrative teams its paler end (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await ready(page);
    const image = page.getByRole('img', { name: ui[lang].chart_axes });
    const bars = await image.evaluate((svg) => {
      const width = (r: Element | null) => (r ? parseFloat(r.getAttribute('width')!) : 0);
      const out: { sourced: number; illustrative: number; figure: number; sourcedFill: string; paleOpacity: string }[] = [];
      for (const figure of svg.querySelectorAll('text.figure')) {
        // A bar's rectangles follow its figure.
        let sourced: Element | null = null;
        let illustrative: Element | null = null;
        for (let el = figure.nextElementSibling; el && el.tagName === 'rect'; el = el.nextElementSibling) {
          if (el.classList.contains('sourced')) sourced = el;
          if (el.classList.contains('illustrative')) illustrative = el;
        }
        out.push({
          sourced: width(sourced),
          illustrative: width(illustrative),
          figure: Number(figure.textContent),
          sourcedFill: sourced ? getComputedStyle(sourced).fill : '',
          paleOpacity: illustrative ? getComputedStyle(illustrative).fillOpacity : '',
        });
      }
      return out;
    });
    const axes = snapshot.axes.map((a) => data.teams.filter((t) => t.axes.includes(a.number)));
    const largest = Math.max(...axes.map((x) => x.length));
    expect(bars.map((b) => b.figure)).toEqual(axes.map((x) => x.length));
    axes.forEach((teams, i) => {
      const pale = teams.filter((t) => t.illustrative).length;
      expect(bars[i].sourced).toBeCloseTo(((teams.length - pale) / largest) * 100, 1);
      expect(bars[i].illustrative).toBeCloseTo((pale / largest) * 100, 1);
      if (pale) expect(Number(bars[i].paleOpacity)).toBeLessThan(1);
    });
    // Each axis in its own colour.
    const fills = bars.map((b) => b.sourcedFill).filter(Boolean);
    expect(new Set(fills).size).toBe(fills.length);
    expect(fills.length).toBeGreaterThan(0);
    // The charts say they count illustrative entries, and how many.
    const n = data.teams.filter((t) => t.illustrative).length;
    await expect(page.locator('section.charts .illustrative-note')).toHaveText(
      ui[lang].charts_illustrative_other.replace('{n}', String(n)).replace('{teams}', countText(lang, data.teams.length)),
    );
  });

  test(`a chart's figure leads to the directory of the teams it counts (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await ready(page);
    const chart = page.locator('section.chart').filter({ has: page.getByRole('img', { name: ui[lang].chart_regions }) });
    await chart.locator('summary').click();
    const first = chart.locator('tbody tr').first();
    const label = (await first.locator('th').textContent())!;
    const region = data.regions.find((r) => r.name[lang] === label)!;
    const n = data.teams.filter((t) => t.region === region.id).length;
    await first.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/teams\\?region=${region.id}$`));
    await expect(page.locator('#results-count')).toHaveText(new RegExp(`^${n}\\D`));
  });

  test(`an axis page draws its own teams in its colour, with no chart of the axes (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/axes/2`);
    await ready(page);
    const section = page.locator('section.charts.axis-2');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(ui[lang].charts_title_axis);
    await expect(page.getByRole('img', { name: ui[lang].chart_axes })).toHaveCount(0);
    const of2 = data.teams.filter((t) => t.axes.includes(2));
    const want = expected(lang, of2);
    for (const key of ['chart_tumor_types', 'chart_expertise', 'chart_regions', 'chart_status']) {
      const chart = section.locator('section.chart').filter({ has: page.getByRole('img', { name: ui[lang][key] }) });
      expect(await tableOf(chart), key).toEqual(want[key]);
    }
    const axisColour = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--axis-2').trim());
    const fill = await section.locator('rect.sourced').first().evaluate((r) => getComputedStyle(r).fill);
    const hex = (rgb: string) => '#' + rgb.match(/\d+/g)!.slice(0, 3).map((x) => Number(x).toString(16).padStart(2, '0')).join('');
    expect(hex(fill)).toBe(axisColour);
    // A figure keeps the axis: the directory of the axis's teams on that option.
    const link = section.locator('section.chart').first().locator('tbody a').first();
    await expect(link).toHaveAttribute('href', new RegExp(`(^|/)${lang}/teams\\?axis=2&tumor=`));
    await axe(page);
  });

  test(`the charts are in the page as served, before the app starts (${lang})`, async ({ request }) => {
    for (const path of [`/${lang}/`, `/${lang}/axes/1`]) {
      const html = await (await request.get(path)).text();
      for (const id of ['chart-tumor-types', 'chart-expertise', 'chart-regions', 'chart-status']) {
        // The chart's image, named by its heading (attributes in any order).
        const svg = html.match(new RegExp(`<svg [^>]*aria-labelledby="${id}"[^>]*>`))?.[0] ?? '';
        expect(svg, `${path} ${id}`).toContain('role="img"');
        expect(svg, `${path} ${id}`).toContain('class="bars"');
        expect(html, `${path} ${id}`).toContain(`<h3 id="${id}">`);
      }
    }
  });

  test(`the directory's tables say that they count illustrative entries (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/teams`);
    await ready(page);
    await page.getByText(ui[lang].pairs_title).first().click();
    const n = data.teams.filter((t) => t.illustrative).length;
    await expect(page.locator('.matrix-block[open] .illustrative-note')).toHaveText(
      ui[lang].tables_illustrative_other.replace('{n}', String(n)).replace('{teams}', countText(lang, data.teams.length)),
    );
  });
}

for (const width of [320, 1280]) {
  test(`at ${width} px no label runs into its figure or out of its chart, in either language`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/fr/', '/en/', '/fr/axes/1']) {
      await page.goto(path);
      await ready(page);
      const faults = await page.locator('svg.bars').evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          const texts = [...svg.querySelectorAll('text')].map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }));
          const out: string[] = [];
          for (const a of texts) {
            // A glyph may overhang its advance by a pixel or so ("Î").
            if (a.r.left < box.left - 2 || a.r.right > box.right + 2) out.push(`${a.t} leaves its chart`);
            for (const b of texts) {
              if (a === b) continue;
              const across = a.r.left < b.r.right && b.r.left < a.r.right;
              const down = a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1;
              if (across && down) out.push(`${a.t} overlaps ${b.t}`);
            }
          }
          return out;
        }),
      );
      expect(faults, path).toEqual([]);
    }
  });
}

test('in print the charts keep their colours and the disclosures their place', async ({ page }) => {
  await page.goto('/en/');
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  const image = page.getByRole('img', { name: ui.en.chart_axes });
  await expect(image).toBeVisible();
  await expect(image).toHaveCSS('print-color-adjust', 'exact');
  await expect(page.locator('.chart-figures summary').first()).toBeHidden();
});
