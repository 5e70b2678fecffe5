// Run by trunk after each build (scripts/post-build.mjs), before the precache list and
// the rendered pages: writes the strings of the site's plain script (public/root/
// site.js), the `sitejs_*` keys of locales/*.json, into the app's page as a data block
// (<script type="application/json" id="site-text">, inert, allowed by the CSP) that
// site.js reads. They live with the app's strings, so the build's checks of
// locales/*.json (same keys, no empty string, same placeholders) cover them too.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const PREFIX = 'sitejs_';
const text = {};
for (const lang of ['fr', 'en']) {
  const all = JSON.parse(readFileSync(new URL(`../locales/${lang}.json`, import.meta.url), 'utf8'));
  text[lang] = Object.fromEntries(
    Object.entries(all)
      .filter(([key]) => key.startsWith(PREFIX))
      .map(([key, value]) => [key.slice(PREFIX.length), value]),
  );
}
if (Object.keys(text.fr).length === 0) {
  console.error(`site-text: no ${PREFIX}* strings in locales/fr.json`);
  process.exit(1);
}
// `<` escaped, so that no text can close the element.
const json = JSON.stringify(text).replace(/</g, '\\u003c');
const page = join(staging, 'index.html');
const html = readFileSync(page, 'utf8');
const block = `<script type="application/json" id="site-text">${json}</script>`;
if (html.includes('id="site-text"')) {
  console.error(`site-text: ${page} already has its strings`);
  process.exit(1);
}
writeFileSync(page, html.replace('</head>', `${block}</head>`));
