// Lighthouse (mobile settings, simulated throttling) on the production server, in
// Debian's Chromium: the four category scores, LCP, TBT, CLS and bytes of the home
// page, the directory, a team page and the map view, in both languages.
//
//   node scripts/quality-report.mjs http://127.0.0.1:8081 [path...]
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const base = (process.argv[2] ?? 'http://127.0.0.1:8081').replace(/\/$/, '');
const pages = process.argv.length > 3
  ? process.argv.slice(3)
  : ['fr', 'en'].flatMap((l) => [`/${l}/`, `/${l}/teams`, `/${l}/teams/lnox`, `/${l}/embed/map`]);
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const pad = (s, n) => String(s).padEnd(n);
console.log(
  `${pad('page', 22)}${pad('perf', 6)}${pad('a11y', 6)}${pad('best', 6)}${pad('seo', 6)}${pad('FCP ms', 9)}${pad('LCP ms', 9)}${pad('TBT ms', 8)}${pad('CLS', 7)}KB`,
);
const worst = { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 };
try {
  for (const path of pages) {
    const { lhr } = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const score = (k) => lhr.categories[k].score ?? 0;
    for (const k of Object.keys(worst)) worst[k] = Math.min(worst[k], score(k));
    const audit = (k) => lhr.audits[k].numericValue ?? NaN;
    console.log(
      `${pad(path, 22)}${pad(score('performance').toFixed(2), 6)}${pad(score('accessibility').toFixed(2), 6)}${pad(score('best-practices').toFixed(2), 6)}${pad(score('seo').toFixed(2), 6)}` +
        `${pad(Math.round(audit('first-contentful-paint')), 9)}${pad(Math.round(audit('largest-contentful-paint')), 9)}${pad(Math.round(audit('total-blocking-time')), 8)}${pad(audit('cumulative-layout-shift').toFixed(3), 7)}${(audit('total-byte-weight') / 1024).toFixed(0)}`,
    );
    for (const [k, c] of Object.entries(lhr.categories)) {
      if ((c.score ?? 0) < 1) {
        const failing = c.auditRefs
          .map((r) => lhr.audits[r.id])
          .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
          .map((a) => a.id);
        if (failing.length) console.log(`    ${k}: ${failing.join(', ')}`);
      }
    }
  }
} finally {
  await chrome.kill();
}
console.log(`lowest scores: ${Object.entries(worst).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')} (aim: 0.98 or more)`);
