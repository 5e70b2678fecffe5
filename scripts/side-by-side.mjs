// The side-by-side run's lines (../shared/peers/side-by-side.sh: Lighthouse on the atlas
// and on the Leaflet page a consortium would usually build, in alternating runs) as one
// table of medians and ranges, with the start-up targets: TBT at most the Leaflet page's
// plus 50 ms, LCP below the Leaflet page's, performance at least 0.95. Prints figures;
// fails on nothing (the figures move between runs on a shared machine).
//
//   ../shared/peers/side-by-side.sh 3 /fr/ /fr/teams | node scripts/side-by-side.mjs
import { readFileSync } from 'node:fs';

const lines = readFileSync(0, 'utf8').split('\n');
// "atlas   run 1  /fr/   0.88  1.00  1.00  1.00  963  993  464  0.000  327"
const runs = {};
for (const line of lines) {
  const m = line.trim().split(/\s+/);
  if (!['atlas', 'leaflet'].includes(m[0]) || m[1] !== 'run' || m.length < 12) continue;
  const [site, , , path, perf, a11y, best, seo, , lcp, tbt] = m;
  (runs[`${site} ${path}`] ??= []).push({ perf: +perf, a11y, best, seo, lcp: +lcp, tbt: +tbt });
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const spread = (xs, f) => `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
const leaflet = Object.entries(runs).find(([k]) => k.startsWith('leaflet'))?.[1];
if (!leaflet) {
  console.log('no Leaflet page in the side-by-side run: nothing to compare');
  process.exit(0);
}
const leafletTbt = median(leaflet.map((r) => r.tbt));
const leafletLcp = median(leaflet.map((r) => r.lcp));
const ok = (yes) => (yes ? 'yes' : 'no');
console.log(`| page | runs | perf | LCP | TBT | a11y / best practices / SEO | TBT ≤ ${leafletTbt + 50} ms | LCP < ${(leafletLcp / 1000).toFixed(2)} s | perf ≥ 0.95 |`);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [key, rs] of Object.entries(runs)) {
  const perf = rs.map((r) => r.perf);
  const lcp = rs.map((r) => r.lcp);
  const tbt = rs.map((r) => r.tbt);
  const scores = [...new Set(rs.map((r) => `${r.a11y} / ${r.best} / ${r.seo}`))].join(', ');
  const targets = key.startsWith('atlas')
    ? `${ok(median(tbt) <= leafletTbt + 50)} | ${ok(median(lcp) < leafletLcp)} | ${ok(median(perf) >= 0.95)}`
    : ' | | ';
  console.log(`| ${key} | ${rs.length} | ${spread(perf, (x) => x.toFixed(2))} | ${spread(lcp, (x) => `${(x / 1000).toFixed(2)} s`)} | ${spread(tbt, (x) => `${Math.round(x)} ms`)} | ${scores} | ${targets} |`);
}
