// The words of the plain scripts come from locales/*.json like the app's: the build
// writes embed.js's frame titles from the `embedjs_*` keys, and refuses a site.js that
// asks for a key locales/*.json does not have.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

const root = new URL('../../', import.meta.url).pathname;
const locales = {
  fr: JSON.parse(readFileSync(join(root, 'locales/fr.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(root, 'locales/en.json'), 'utf8')),
};

test("embed.js carries its frames' titles from locales/*.json", () => {
  const embed = readFileSync(join(root, 'dist/embed.js'), 'utf8');
  expect(embed).not.toContain('__MICRONIT_EMBED_TITLES__');
  for (const lang of ['fr', 'en'] as const) {
    for (const view of ['map', 'teams', 'team']) expect(embed).toContain(JSON.stringify(locales[lang][`embedjs_${view}`]));
  }
});

test('a site.js that asks for a misspelt key fails the build, naming it', () => {
  // A staging directory as trunk leaves it: the page's shell and embed.js, unwritten.
  const staging = mkdtempSync(join(tmpdir(), 'site-text-'));
  writeFileSync(join(staging, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  copyFileSync(join(root, 'public/root/embed.js'), join(staging, 'embed.js'));
  const run = (siteJs: string) => {
    writeFileSync(join(staging, 'site.js'), siteJs);
    return spawnSync('node', [join(root, 'scripts/site-text.mjs')], {
      env: { ...process.env, TRUNK_STAGING_DIR: staging, SITE_JS: join(staging, 'site.js') },
      encoding: 'utf8',
    });
  };
  const good = readFileSync(join(root, 'public/root/site.js'), 'utf8');
  expect(run(good).status).toBe(0);
  writeFileSync(join(staging, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  copyFileSync(join(root, 'public/root/embed.js'), join(staging, 'embed.js'));
  const misspelt = run(good.replace("siteText('offline')", "siteText('ofline')"));
  expect(misspelt.status).toBe(1);
  expect(misspelt.stderr).toContain('site.js asks for "ofline"');
  expect(misspelt.stderr).toContain('sitejs_offline of locales/*.json is asked for by no');
});
