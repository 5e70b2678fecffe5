// The first-answer runs (../shared/peers/first-answer.sh: the atlas's directory and the
// Leaflet page a consortium would usually build, on a slow phone, in alternating runs) as
// one table of medians and ranges, a row per variant, with the target: the atlas's first
// answer at most 1.5 times the Leaflet page's. Prints figures; fails on nothing (the
// figures move between runs on a shared machine).
//
//   (echo '# both slowed'; ../shared/peers/first-answer.sh 5
//    echo '# network only'; CPU=0 ../shared/peers/first-answer.sh 5) | node scripts/first-answer.mjs
import { readFileSync } from 'node:fs';

const TARGET = 1.5;
// "# both slowed" starts a variant; "atlas    run 1      678          2842" is a run.
const variants = [];
for (const line of readFileSync(0, 'utf8').split('\n')) {
  const heading = line.match(/^#\s*(.+)$/);
  if (heading) {
    variants.push({ name: heading[1].trim(), atlas: [], leaflet: [] });
    continue;
  }
  const run = line.trim().match(/^(atlas|leaflet)\s+run\s+\d+\s+(\d+)\s+(\d+)$/);
  if (!run) continue;
  if (!variants.length) variants.push({ name: 'both slowed', atlas: [], leaflet: [] });
  variants.at(-1)[run[1]].push({ shown: +run[2], answered: +run[3] });
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const seconds = (ms) => (ms / 1000).toFixed(2);
const spread = (xs) => `${seconds(median(xs))} s (${seconds(Math.min(...xs))}–${seconds(Math.max(...xs))})`;
const measured = variants.filter((v) => v.atlas.length && v.leaflet.length);
if (!measured.length) {
  console.log('no first-answer runs read: nothing to compare');
  process.exit(0);
}
console.log(`| slowed | runs | atlas: search box shown | atlas: first answer | Leaflet: boxes shown | Leaflet: first answer | ratio | ≤ ${TARGET} |`);
console.log('|---|---|---|---|---|---|---|---|');
for (const v of measured) {
  const atlas = v.atlas.map((r) => r.answered);
  const leaflet = v.leaflet.map((r) => r.answered);
  const ratio = median(atlas) / median(leaflet);
  console.log(
    `| ${v.name} | ${atlas.length} | ${spread(v.atlas.map((r) => r.shown))} | ${spread(atlas)} | ` +
      `${spread(v.leaflet.map((r) => r.shown))} | ${spread(leaflet)} | ${ratio.toFixed(2)} | ${ratio <= TARGET ? 'yes' : 'no'} |`,
  );
}
