// Browser benchmark: the time from a filter click to the updated directory, with a
// synthetic snapshot of 5,000 teams, in Debian's Chromium. Prints the figures; asserts
// nothing. Needs the release build in dist/ (scripts/test makes it).
//
//   node scripts/bench-filter.mjs [teams]
import { benchBrowser, openDirectory, previous } from './bench-browser.mjs';

const teams = Number(process.argv[2] ?? 5000);
const port = 4199;
const { synthetic, browser, close } = await benchBrowser(teams, port);
try {
  const { page, ms } = await openDirectory(browser, synthetic, port);
  console.log(`first render of the directory with ${teams} teams: ${ms} ms (load, parse, validate, render)`);

  // Click a checkbox in the page and time until the count has changed and a frame is painted.
  const timeClick = (selector) =>
    page.evaluate(
      (selector) =>
        new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error(`a click on ${selector} did not change the count within 10 s`)), 10_000);
          const count = document.querySelector('#results-count');
          const before = count.textContent;
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (count.textContent !== before) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          observer.observe(count, { childList: true, characterData: true, subtree: true });
          document.querySelector(selector).click();
        }),
      selector,
    );
  const samples = { narrow: [], widen: [] };
  for (let i = 0; i < 15; i++) {
    samples.narrow.push(await timeClick('#f-tumor-myeloma'));
    await page.waitForTimeout(50);
    samples.widen.push(await timeClick('#f-tumor-myeloma'));
    await page.waitForTimeout(50);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const shown = await page.locator('#results-count').textContent();
  const figures = { narrow: median(samples.narrow), widen: median(samples.widen) };
  const before = previous(`filter-${teams}`, figures);
  console.log(`filter click to updated list (${teams} teams, ${samples.narrow.length} runs each; the aim: medians of 25 ms or less):`);
  console.log(`  narrowing (tick "Myelomas"):   median ${figures.narrow.toFixed(1)} ms ${before('narrow')}, max ${Math.max(...samples.narrow).toFixed(1)} ms`);
  console.log(`  widening (untick, ${shown}):   median ${figures.widen.toFixed(1)} ms ${before('widen')}, max ${Math.max(...samples.widen).toFixed(1)} ms`);
} finally {
  await close();
}
