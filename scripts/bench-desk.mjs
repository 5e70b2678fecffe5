// Browser benchmark: the coordinators' desk's time from a file chosen to its verdict drawn
// (read, check, compare, render), for the bundled snapshot, its teams as a spreadsheet
// and a synthetic snapshot of 5,000 teams, in Debian's Chromium. Prints the figures;
// asserts nothing. Needs the release build in dist/ (scripts/test makes it).
//
//   node scripts/bench-desk.mjs [teams]
import { readFileSync } from 'node:fs';
import { benchBrowser, previous } from './bench-browser.mjs';

const teams = Number(process.argv[2] ?? 5000);
const port = 4198;
const { synthetic, browser, close } = await benchBrowser(teams, port);
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/en/desk`);
  await page.locator('#desk-file:not([disabled])').waitFor({ timeout: 60_000 });
  const files = [
    ['bundled snapshot (JSON, 27 teams)', 'json', readFileSync('public/data/consortium.json')],
    ['bundled teams as CSV, one misspelling', 'csv', readFileSync('tests/desk/misspelt.csv')],
    [`synthetic snapshot (JSON, ${teams} teams)`, 'json', Buffer.from(synthetic)],
  ];
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const figures = {};
  const lines = [];
  for (const [label, extension, buffer] of files) {
    const samples = [];
    for (let i = 0; i < 5; i++) {
      const name = `run-${i}.${extension}`;
      // From the input's change event to the first frame painted with this file's verdict.
      const timing = page.evaluate(
        (name) =>
          new Promise((resolve, reject) => {
            setTimeout(() => reject(new Error(`no verdict on ${name} within 60 s`)), 60_000);
            const input = document.getElementById('desk-file');
            input.addEventListener(
              'change',
              () => {
                const start = performance.now();
                const observer = new MutationObserver(() => {
                  if (document.querySelector('.desk-file code')?.textContent === name) {
                    observer.disconnect();
                    requestAnimationFrame(() => resolve(performance.now() - start));
                  }
                });
                observer.observe(document.body, { childList: true, subtree: true, characterData: true });
              },
              { once: true },
            );
          }),
        name,
      );
      await page.setInputFiles('#desk-file', { name, mimeType: 'application/octet-stream', buffer });
      samples.push(await timing);
    }
    figures[label] = median(samples);
    lines.push([label, samples]);
  }
  const before = previous(`desk-${teams}`, figures);
  console.log('coordinators\' desk, file chosen to verdict drawn (read, check, compare, render; median of 5):');
  for (const [label, samples] of lines) {
    console.log(`  ${label.padEnd(40)} ${figures[label].toFixed(1)} ms ${before(label)}, max ${Math.max(...samples).toFixed(1)} ms`);
  }
} finally {
  await close();
}
