// Takes full-page screenshots of a running site at desktop and phone widths, to look at.
//
//   node scripts/screenshots.mjs http://127.0.0.1:8080 /fr/ /en/teams ...
// Writes screenshots/<path>-<width>.png.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:8080', ...paths] = process.argv.slice(2);
const widths = [1280, 390];
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: width > 600 ? 900 : 844 } });
  for (const path of paths.length ? paths : ['/fr/', '/en/']) {
    await page.goto(base + path);
    // The page once the app runs it (hydrated, or drawn).
    await page.locator('#app[data-app] main h1').waitFor();
    const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root';
    await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: true });
    console.log(`screenshots/${name}-${width}.png`);
  }
  await page.close();
}
await browser.close();
