// Every file of the hostile corpus (tests/corpus/), served to the site as its snapshot:
// the browser gives the verdict the data tool gives (expected.tsv: exit status 0, the
// file is used; 1, it is refused), and a refused file's details say what the data tool
// says (without its hints and line numbers, which only the data tool adds).
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';

const dir = new URL('../corpus/', import.meta.url);
const cases = readFileSync(new URL('expected.tsv', dir), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [file, status, text] = line.split('\t');
    return { file, accepted: status === '0', text };
  });

for (const { file, accepted, text } of cases) {
  test(`${file}: ${accepted ? 'used' : 'refused'}, as by the data tool`, async ({ page }) => {
    const body = readFileSync(new URL(file, dir));
    await page.route('**/data/consortium.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    // An embedded list: the app's shell, no prerendered page in between.
    await page.goto('/en/embed/teams');
    const outcome = page.locator('[role=alert], main .result-count');
    await expect(outcome).toHaveCount(1);
    if (accepted) {
      await expect(page.getByRole('alert')).toHaveCount(0);
      return;
    }
    await expect(page.getByRole('alert')).toBeVisible();
    const said = text.split(' (hint:')[0];
    if (/hint|swapped/.test(said)) return;
    await expect(page.getByRole('alert').locator('pre')).toContainText(said);
  });
}
