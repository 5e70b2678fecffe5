// Run by trunk after each build (scripts/post-build.mjs), before the precache list and
// the rendered pages: writes the open data files from the snapshot with the data tool
// (`micronit-data open-data`: data/consortium.json again, without its indentation,
// data/teams.geojson, data/teams.csv, data/events.ics and data/events.en.ics,
// fr/news/feed.atom and en/news/feed.atom), for the site at MICRONIT_SITE_URL when it is
// named (then also sitemap.xml and robots.txt), else at its path on its host. The data tool checks the snapshot first: a build
// with a snapshot that has errors stops here.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const shell = readFileSync(join(staging, 'index.html'), 'utf8');
const base = (/<base href="?([^"\s>]*)/.exec(shell)?.[1] ?? '/').replace(/\/?$/, '/');
const site = process.env.MICRONIT_SITE_URL ? process.env.MICRONIT_SITE_URL.replace(/\/?$/, '/') : base;
// Runs the data tool's `args`; a failure stops the build, saying what could not be written.
const dataTool = (args, what) => {
  try {
    execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'micronit-data', '--', ...args], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } catch {
    console.error(`open-data: the data tool could not write ${what} (see above)`);
    process.exit(1);
  }
};
const snapshot = join(staging, 'data/consortium.json');
dataTool(['open-data', snapshot, '--output', staging, '--site', site], 'the open data files');
// A build that knows the site's address writes its sitemap, and a robots.txt that names
// it (`micronit-data sitemap`), in place of the robots.txt without one that trunk copied.
// Without the address a sitemap cannot be written (it holds absolute addresses).
if (process.env.MICRONIT_SITE_URL) {
  dataTool(['sitemap', snapshot, '--base-url', site, '--output', staging], 'the sitemap');
}
