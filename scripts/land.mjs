// Run by trunk after each build (scripts/post-build.mjs), before the precache list: writes
// the outline of France (public/map/france.json, in map units) as `map/land.svg`, the one
// file that every map of the app and of the rendered pages draws through
// `<use href="map/land.svg#…">`. The browser fetches it only for a page with a map, keeps
// it, and the app neither fetches nor parses the outline.
//
// Two paths: `#land` keeps its stroke one pixel wide at any zoom (the interactive map
// scales it), `#land-scaled` is for the small fixed maps.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const source = new URL('../public/map/france.json', import.meta.url);
let path;
try {
  ({ path } = JSON.parse(readFileSync(source, 'utf8')));
} catch (e) {
  console.error(`land: cannot read the outline of France in public/map/france.json: ${e.message}`);
  process.exit(1);
}
if (typeof path !== 'string' || !/^M[-\d. MLZ]+$/.test(path)) {
  console.error('land: public/map/france.json has no SVG path of moves, lines and closes in "path"');
  process.exit(1);
}
mkdirSync(join(staging, 'map'), { recursive: true });
writeFileSync(
  join(staging, 'map/land.svg'),
  '<svg xmlns="http://www.w3.org/2000/svg">' +
    `<path id="land" vector-effect="non-scaling-stroke" d="${path}"/><path id="land-scaled" d="${path}"/></svg>`,
);
