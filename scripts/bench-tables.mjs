// Browser benchmark: the time from opening the directory's "teams × tumor types" table to
// the table drawn, with a synthetic snapshot of 5,000 teams (70,000 cells), in Debian's
// Chromium. Prints the figures; asserts nothing. Needs the release build in dist/ (or
// DIST=dir).
//
//   node scripts/bench-tables.mjs [teams]
import { benchBrowser, openDirectory, previous } from './bench-browser.mjs';

const teams = Number(process.argv[2] ?? 5000);
const port = 4198;
const { synthetic, browser, close } = await benchBrowser(teams, port);
try {
  const { page } = await openDirectory(browser, synthetic, port);
  // Open the first table's disclosure and time until its last row is in the page and a
  // frame is painted; close it again.
  const open = () =>
    page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error('the table was not drawn within 30 s')), 30_000);
          const details = document.querySelector('details.matrix-block');
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (details.querySelector('table.matrix tfoot')) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          observer.observe(details, { childList: true, subtree: true });
          details.open = true;
        }),
    );
  const samples = [];
  for (let i = 0; i < 5; i++) {
    samples.push(await open());
    await page.evaluate(() => (document.querySelector('details.matrix-block').open = false));
    await page.waitForTimeout(300);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const figures = { open: median(samples) };
  const before = previous(`tables-${teams}`, figures);
  console.log(`opening the teams × tumor types table (${teams} teams, ${samples.length} runs):`);
  console.log(`  median ${figures.open.toFixed(0)} ms ${before('open')}, max ${Math.max(...samples).toFixed(0)} ms`);
} finally {
  await close();
}
