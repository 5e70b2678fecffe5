// Run by trunk after each build (scripts/post-build.mjs), last: writes every page of the
// site into the build, rendered natively by the app's own components from the build's
// snapshot (`micronit-render`, src/bin/render.rs), for the site at MICRONIT_SITE_URL when
// it is named, else at its path on its host. No browser runs.
import { execFileSync } from 'node:child_process';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const site = process.env.MICRONIT_SITE_URL;
try {
  execFileSync(
    'cargo',
    ['run', '--quiet', '-p', 'micronit', '--bin', 'micronit-render', '--', staging, ...(site ? ['--site', site] : [])],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
} catch {
  console.error('render: the pages could not be rendered (see above)');
  process.exit(1);
}
