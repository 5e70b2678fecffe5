// After each trunk build: writes the service worker's precache list and version into
// sw.js, from the files of the build (trunk hashes their names). Run by trunk as a
// post_build hook (Trunk.toml), on its staging directory.
//
//   node scripts/precache.mjs [dir]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { files } from './files.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
// The snapshot is cached at run time (stale-while-revalidate), not precached; the
// service worker and the offline script are fetched by the browser itself; the maps draw
// the outline from map/land.svg, not from its source map/france.json; the coordinators'
// desk (desk/) is for the few who keep the data, and is fetched when they open it.
const SKIP = new Set(['sw.js', 'data/consortium.json', 'data/consortium.schema.json', 'map/france.json']);
// The open data files (scripts/open-data.mjs) are for other programs, fetched afresh.
const OPEN_DATA = /^(data\/(teams\.(geojson|csv)|events(\.en)?\.ics)|(fr|en)\/news\/feed\.atom)$/;

const list = files(dir)
  .map((path) => relative(dir, path).split('\\').join('/'))
  .filter((path) => !SKIP.has(path) && !path.startsWith('desk/') && !OPEN_DATA.test(path) && !path.endsWith('.md'))
  .sort();
const hash = createHash('sha256');
for (const path of list) hash.update(path).update(readFileSync(join(dir, path)));
const version = hash.digest('hex').slice(0, 16);
const sw = join(dir, 'sw.js');
const template = readFileSync(sw, 'utf8');
if (!template.includes('__MICRONIT_PRECACHE__')) {
  console.error(`precache: ${sw} has no __MICRONIT_PRECACHE__ placeholder (already written?)`);
  process.exit(1);
}
writeFileSync(
  sw,
  template.replace('__MICRONIT_VERSION__', version).replace('__MICRONIT_PRECACHE__', JSON.stringify(['./', ...list], null, 2)),
);
console.log(`precache: ${list.length + 1} files, version ${version}`);
