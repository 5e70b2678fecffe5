// Draws the app icons (PNG, 192 and 512 px, and a maskable 512 px with a safe margin)
// from public/favicon.svg with Chromium, for the web app manifest. Run again after
// changing the logo:  node scripts/icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [size, maskable] of [[192, false], [512, false], [512, true]]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // A maskable icon keeps its drawing within the central 80 %.
  const inner = maskable ? Math.round(size * 0.7) : size;
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:#1b365d">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  );
  const name = maskable ? `icon-maskable-${size}.png` : `icon-${size}.png`;
  await page.screenshot({ path: new URL(`../public/root/${name}`, import.meta.url).pathname, omitBackground: !maskable });
  console.log(`public/root/${name}`);
  await page.close();
}
await browser.close();
