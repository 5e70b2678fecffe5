// Run by trunk after each build (scripts/post-build.mjs), before the precache list and
// the rendered pages: writes the strings of the site's plain script (public/root/
// site.js), the `sitejs_*` keys of locales/*.json, into the app's page as a data block
// (<script type="application/json" id="site-text">, inert, allowed by the CSP) that
// site.js reads. They live with the app's strings, so the build's checks of
// locales/*.json (same keys, no empty string, same placeholders) cover them too. Each
// key site.js asks for (`siteText('…')`, written whole) must be one of them, and each of
// them asked for: a misspelt key fails the build. Also writes the frames' titles of
// embed.js for partner sites, the `embedjs_*` keys, in place of its placeholder.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const locales = Object.fromEntries(
  ['fr', 'en'].map((lang) => [lang, JSON.parse(readFileSync(new URL(`../locales/${lang}.json`, import.meta.url), 'utf8'))]),
);
/** The strings of `prefix`, without it, in each language. */
const strings = (prefix) =>
  Object.fromEntries(
    Object.entries(locales).map(([lang, all]) => [
      lang,
      Object.fromEntries(
        Object.entries(all)
          .filter(([key]) => key.startsWith(prefix))
          .map(([key, value]) => [key.slice(prefix.length), value]),
      ),
    ]),
  );
const PREFIX = 'sitejs_';
const text = strings(PREFIX);
if (Object.keys(text.fr).length === 0) {
  console.error(`site-text: no ${PREFIX}* strings in locales/fr.json`);
  process.exit(1);
}
// SITE_JS: another site.js to check (the tests give one with a misspelt key).
const source = readFileSync(process.env.SITE_JS ?? new URL('../public/root/site.js', import.meta.url), 'utf8');
const asked = new Set([...source.matchAll(/siteText\('([a-z0-9_]+)'\)/g)].map((m) => m[1]));
const missing = [...asked].filter((key) => !(key in text.fr));
const unused = Object.keys(text.fr).filter((key) => !asked.has(key));
if (missing.length || unused.length) {
  for (const key of missing) console.error(`site-text: site.js asks for "${key}", which is not ${PREFIX}${key} in locales/*.json`);
  for (const key of unused) console.error(`site-text: ${PREFIX}${key} of locales/*.json is asked for by no siteText('${key}') in site.js`);
  process.exit(1);
}

// embed.js: the frames' titles in place of its placeholder.
const embed = join(staging, 'embed.js');
const PLACEHOLDER = "'__MICRONIT_EMBED_TITLES__'";
const embedSource = readFileSync(embed, 'utf8');
if (!embedSource.includes(PLACEHOLDER)) {
  console.error(`site-text: ${embed} has no ${PLACEHOLDER} for its titles`);
  process.exit(1);
}
writeFileSync(embed, embedSource.replace(PLACEHOLDER, JSON.stringify(strings('embedjs_'))));
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
